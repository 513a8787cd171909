import fc from 'fast-check'
import { reportFileName, UNNAMED_AGENCY } from '../../../src/core/document/file-name'

describe('reportFileName', () => {
  it('is 「{机关名称}{YYYY}年政府信息公开工作年度报告.docx」', () => {
    expect(reportFileName({ agency: '北京市大兴区科学技术委员会', year: 2024 }, { draft: false })).toBe(
      '北京市大兴区科学技术委员会2024年政府信息公开工作年度报告.docx',
    )
  })
  it('marks a draft in the name', () => {
    expect(reportFileName({ agency: '某局', year: 2023 }, { draft: true })).toBe('某局2023年政府信息公开工作年度报告（草稿）.docx')
  })
  it('drops characters Windows refuses and control characters, keeps Chinese punctuation', () => {
    expect(reportFileName({ agency: ' 某局/办公室:*?"<>|\\\u0001\t（本级）', year: 2022 }, { draft: false })).toBe(
      '某局办公室（本级）2022年政府信息公开工作年度报告.docx',
    )
  })
  it('names an agency left blank 「未命名机关」', () => {
    expect(reportFileName({ agency: '  ', year: 2024 }, { draft: false })).toBe(`${UNNAMED_AGENCY}2024年政府信息公开工作年度报告.docx`)
    expect(reportFileName({ agency: '<>', year: 2024 }, { draft: true })).toBe(`${UNNAMED_AGENCY}2024年政府信息公开工作年度报告（草稿）.docx`)
  })
})

describe('reportFileName length', () => {
  it('keeps a very long 机关名称 within 255 bytes', () => {
    const name = reportFileName({ agency: '长'.repeat(3000), year: 2024 }, { draft: true })
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255)
    expect(name.endsWith('2024年政府信息公开工作年度报告（草稿）.docx')).toBe(true)
  })
})

describe('reportFileName: invisible and unpaired characters', () => {
  it('drops format characters (U+202E RTL override, U+200B, U+FEFF), lone surrogates and U+FFFE/U+FFFF', () => {
    expect(reportFileName({ agency: '某\u202E局\u200B办\uFEFF公\uD800室\uDC00\uFFFE\uFFFF', year: 2024 }, { draft: false })).toBe(
      '某局办公室2024年政府信息公开工作年度报告.docx',
    )
  })

  it('for any 机关名称: no control, format or unpaired characters, within 255 bytes, ending in the fixed part', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('\u202E', '\u202D', '\u2066', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0000', '\u007F', '长'))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.boolean(), (parts, draft) => {
        const name = reportFileName({ agency: parts.join(''), year: 2024 }, { draft })
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF\\/:*?"<>|]/u)
        expect(name).not.toMatch(/\p{Cs}/u)
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255)
        expect(name.endsWith(`2024年政府信息公开工作年度报告${draft ? '（草稿）' : ''}.docx`)).toBe(true)
      }),
      { numRuns: 2_000 },
    )
  })
})
