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
