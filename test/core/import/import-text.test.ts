import fc from 'fast-check'
import { importDocument } from '../../../src/core/import/import-document'
import { readText } from '../../../src/core/read/text/read-text'
import type { ReportTemplate } from '../../../src/core/template/types'
import { layoutTable } from '../../../src/core/layout/layout-table'
import { splitCellPath } from '../../../src/core/template/cell-path'
import type { CellTexts } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { loadSeed, readSeedText, SEED_NAMES, type SeedName } from '../../fixtures/seeds'

const tables = format2021.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))

/** The old text importer's entry, now text → readText → importDocument. */
function parseReportText(text: string, template: ReportTemplate) {
  const outcome = importDocument(readText(text), [template])
  return { ...outcome, notices: outcome.findings.map((f) => f.message) }
}

function cell(cells: CellTexts, path: string): string | undefined {
  const [t, r, c] = splitCellPath(path as Parameters<typeof splitCellPath>[0])
  return cells[t]?.[r]?.[c]
}

const EXPECTED: Record<SeedName, { agency: string; year: number; titles: string[]; notices: number }> = {
  'daxing-2024': {
    agency: '北京市大兴区科学技术委员会',
    year: 2024,
    titles: ['组织领导', '主动公开情况', '依申请公开情况', '政府信息管理情况', '政府信息公开平台建设情况', '教育培训情况', '监督保障措施'],
    notices: 0,
  },
  'chaoyang-2024': {
    agency: '朝阳园管委会（区科学技术和信息化局）',
    year: 2024,
    titles: ['主动公开情况', '依申请公开办理情况', '政府信息资源的规范化、标准化管理情况', '政府信息公开平台建设情况', '政府信息公开监督保障及教育培训情况'],
    notices: 0,
  },
  'miyun-2023': {
    agency: '北京市密云区科学技术委员会',
    year: 2023,
    // the paragraph before （一） is kept as an untitled sub-section
    titles: ['', '领导组织有力', '深化主动公开', '依申请公开依法规范', '提升政府信息公开效果', '提升工作人员业务水平', '强化监督保障'],
    notices: 2,
  },
}

describe.each(SEED_NAMES)('readText → importDocument on seed %s', (name) => {
  const text = readSeedText(name)
  const { content, notices } = parseReportText(text, format2021)
  const expected = EXPECTED[name]

  it('reads the title', () => {
    expect(content.agency).toBe(expected.agency)
    expect(content.year).toBe(expected.year)
  })

  it('reads the opening and the part 一 sub-sections', () => {
    expect(content.opening).toMatch(/^依据《中华人民共和国政府信息公开条例》.*编制本报告。$/)
    expect(content.overview.map((s) => s.title)).toEqual(expected.titles)
    expect(content.overview.map((s) => s.id)).toEqual(expected.titles.map((_, i) => `imp-${i + 1}`))
    for (const s of content.overview) {
      expect(s.body.length).toBeGreaterThan(20)
      expect(s.body).toBe(s.body.trim())
    }
  })

  it('fills every input cell of 表二, 表三 and 表四 with a number', () => {
    let count = 0
    for (const table of tables) {
      for (const path of layoutTable(table).inputGrid.flat()) {
        expect(cell(content.cells, path), path).toMatch(/^\d+(\.\d+)?$/)
        count++
      }
    }
    expect(count).toBe(10 + 25 * 7 + 15)
  })

  it('reads parts 五 and 六 and the fee figures', () => {
    expect(content.problems.length).toBeGreaterThan(50)
    expect(content.problems).toBe(content.problems.trim())
    expect(content.other).not.toContain('[bookmark')
    expect(content.other).toMatch(/^\S/)
    expect(content.cells.p6?.fees).toEqual({ notice_count: '0', notice_amount: '0', collected_amount: '0' })
  })

  it('reports only the expected notices', () => {
    expect(notices).toHaveLength(expected.notices)
  })
})

describe('known figures read by hand from the seeds', () => {
  it('daxing-2024', () => {
    const { content } = parseReportText(readSeedText('daxing-2024'), format2021)
    const { t2, t3, t4 } = content.cells
    expect(t2?.normative_docs).toEqual({ issued: '0', repealed: '1', in_force: '2' })
    expect(t2?.regulations).toEqual({ issued: '0', repealed: '0', in_force: '0' })
    expect(t2?.admin_fees?.amount).toBe('0')
    expect(t3?.new_received?.natural_person).toBe('1')
    expect(t3?.new_received?.total).toBe('1')
    expect(t3?.r_unable_not_held).toMatchObject({ natural_person: '1', commercial: '0', total: '1' })
    expect(t3?.r_total).toMatchObject({ natural_person: '1', other_org: '0', total: '1' })
    expect(t3?.carried_forward?.total).toBe('0')
    expect(Object.values(t4?.cases ?? {}).every((v) => v === '0')).toBe(true)
    expect(content.overview[1]?.topicId).toBe('proactive')
    expect(content.overview[0]?.body).toMatch(/^认真贯彻落实/)
    expect(content.other).toBe('我局本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。')
  })

  it('chaoyang-2024', () => {
    const { content } = parseReportText(readSeedText('chaoyang-2024'), format2021)
    const t3 = content.cells.t3
    expect(t3?.new_received).toMatchObject({ natural_person: '2', total: '2' })
    expect(t3?.r_granted).toMatchObject({ natural_person: '2', research: '0', total: '2' })
    // Q5: the 总计 cell of （二） is `\t\xa0` followed by the line `0`
    expect(t3?.r_partial?.total).toBe('0')
    expect(t3?.r_total?.total).toBe('2')
    expect(content.overview[0]?.body).toMatch(/^我委通过北京朝阳政务公开/)
    expect(content.overview.map((s) => s.topicId)).toEqual(['proactive', 'on_request', 'management', 'platform', 'oversight'])
    expect(content.problems.split('\n')).toHaveLength(5)
    expect(content.other).toMatch(/^发生收费通知的件数/)
  })

  it('miyun-2023', () => {
    const { content, notices } = parseReportText(readSeedText('miyun-2023'), format2021)
    expect(content.cells.t2?.normative_docs).toEqual({ issued: '0', repealed: '0', in_force: '6' })
    expect(content.cells.t3?.new_received?.total).toBe('0')
    expect(content.overview[0]?.body).toMatch(/^2023年，密云区科委/)
    expect(content.overview[1]?.body).toMatch(/^发挥密云区科委/)
    expect(content.problems.split('\n')).toHaveLength(2)
    expect(notices.join('\n')).toContain('无标题小节')
    expect(notices.join('\n')).toContain('发出收费通知的总金额')
  })
})

describe('loadSeed', () => {
  it('gives a complete ReportContent with printed totals kept', () => {
    const { text, content } = loadSeed('daxing-2024')
    expect(text).toContain('政府信息公开工作年度报告')
    expect(content).toMatchObject({ year: 2024, unitType: 'department', manualTotals: ['t2', 't3', 't4'] })
  })
})

describe('lenient reading', () => {
  const daxing = readSeedText('daxing-2024')

  it('reads a one-line title, a reworded heading, placeholders, 元 in a 万元 cell and fee figures', () => {
    const text = daxing
      .replace('北京市大兴区科学技术委员会\n\n2024年', '北京市大兴区科学技术委员会2024年')
      .replace('\t规章\n\t0\n\t0\n\t0', '\t规章\n\t/\n\t—\n\t')
      .replace('\t行政事业性收费\n\t0', '\t行政事业性收费\n\t251000元')
      .replace('五、存在的主要问题及改进情况', '五、存在的主要问题和改进情况')
      .replace('我局本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。', '[bookmark: _GoBack]本年度发出收费通知3件，总金额300元，实际收取200元。')
    const { content, notices } = parseReportText(text, format2021)
    expect(content.agency).toBe('北京市大兴区科学技术委员会')
    expect(content.year).toBe(2024)
    // Q20: placeholders read as 0 with a notice, a blank cell stays blank
    expect(content.cells.t2?.regulations).toEqual({ issued: '0', repealed: '0', in_force: '' })
    expect(content.cells.t2?.admin_fees?.amount).toBe('25.1')
    expect(content.problems).toMatch(/^信息发布的时效性/)
    expect(content.other).toBe('本年度发出收费通知3件，总金额300元，实际收取200元。')
    expect(content.cells.p6?.fees).toEqual({ notice_count: '3', notice_amount: '300', collected_amount: '200' })
    const all = notices.join('\n')
    expect(all).toContain('按第5部分')
    expect(all).toContain('表二「规章」「本年制发件数」「/」按0处理')
    expect(all).toContain('表二「规章」「本年废止件数」「—」按0处理')
    expect(all).toContain('表二「规章」「现行有效件数」为空，保持空白')
    expect(all).toContain('已将251000元换算为25.1万元')
  })

  it('accepts 规范性文件 for 行政规范性文件 with a notice', () => {
    const { content, notices } = parseReportText(daxing.replace('\t行政规范性文件', '\t规范性文件'), format2021)
    expect(content.cells.t2?.normative_docs).toEqual({ issued: '0', repealed: '1', in_force: '2' })
    expect(notices).toContain('表二的行「规范性文件」按「行政规范性文件」读取')
  })

  it('finds part 一 sub-sections when the part-一 heading is missing', () => {
    const text = readSeedText('chaoyang-2024').replace('一、总体情况\n', '')
    const { content, notices } = parseReportText(text, format2021)
    expect(content.opening).toMatch(/编制本报告。$/)
    expect(content.overview).toHaveLength(5)
    expect(notices).toContain('未找到第1部分标题「一、总体情况」')
  })

  it('reads fee amounts printed in 万元 through normalizeCell, into the fields\' 元', () => {
    const text = daxing.replace('我局本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。', '本年度发出收费通知3件，总金额0.03万元，实际收取1.5万元。')
    const { content } = parseReportText(text, format2021)
    expect(content.cells.p6?.fees).toEqual({ notice_count: '3', notice_amount: '300', collected_amount: '15000' })
  })

  it('reports a missing fee figure', () => {
    const text = daxing.replace('我局本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。', '本年度实际收取信息处理费0元。')
    const { content, notices } = parseReportText(text, format2021)
    expect(content.cells.p6?.fees).toEqual({ notice_count: '', notice_amount: '', collected_amount: '0' })
    expect(notices).toContain('第六部分未读到「本年度发出收费通知的件数」，请填写')
  })
})

describe('never throws', () => {
  const texts = SEED_NAMES.map(readSeedText)

  it('on empty and blank input', () => {
    for (const t of ['', '\n\n', '\t', '\t\n\n\t', '   \u3000 ']) {
      const r = parseReportText(t, format2021)
      expect(r.notices.length).toBeGreaterThan(0)
      expect(r.content.cells).toBeTypeOf('object')
      expect(r.yearNeedsConfirmation).toBe(true)
    }
  })

  it('on every truncation of every seed', () => {
    for (const text of texts) {
      const lines = text.split('\n')
      for (let n = 0; n <= lines.length; n++) {
        const r = parseReportText(lines.slice(0, n).join('\n'), format2021)
        expect(Array.isArray(r.notices)).toBe(true)
      }
    }
    const half = texts[0]?.slice(0, 1500) ?? ''
    expect(parseReportText(half, format2021).notices).toContain('未找到表四（四、政府信息公开行政复议、行政诉讼情况），请手工填写')
  })

  it('on random text', () => {
    const piece = fc.constantFrom('\t', '\n', '\n\n', '\xa0', '0', '1', '一、', '（一）', '总体情况', '第二十条第（一）项', '规章', '。', '元', '件')
    const arb = fc.oneof(fc.string(), fc.array(fc.oneof(piece, fc.string({ maxLength: 20 }))).map((a) => a.join('')))
    fc.assert(
      fc.property(arb, (t) => {
        const r = parseReportText(t, format2021)
        return Array.isArray(r.notices) && typeof r.content.agency === 'string'
      }),
      { numRuns: 300 },
    )
  })

  it('on a non-string value and on the 2019 format', () => {
    expect(() => parseReportText(undefined as unknown as string, format2021)).not.toThrow()
    const r = parseReportText(texts[0] ?? '', format2019)
    expect(r.notices.some((n) => n.includes('未找到'))).toBe(true)
    expect(r.notices).toContain('报告年度2024不适用2019年版格式（国办公开办函〔2019〕60号），请核对年度')
  })
})
