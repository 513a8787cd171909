import { checkTemplate } from '../../../src/core/template-compile/check-template'
import { row } from '../../../src/core/template/builders'
import { cellPath } from '../../../src/core/template/cell-path'
import type { BandedTable, ReportTemplate, Rule } from '../../../src/core/template/types'
import { FORMATS } from '../../../templates'
import { format2021 } from '../../../templates/format-2021'

function withTable(base: ReportTemplate, partId: string, table: BandedTable): ReportTemplate {
  return { ...base, parts: base.parts.map((p) => (p.kind === 'table' && p.id === partId ? { ...p, table } : p)) }
}

describe('checkTemplate', () => {
  it.each(FORMATS.map((f) => [f.id, f] as const))('accepts the official format %s', (_id, f) => {
    expect(checkTemplate(f)).toEqual([])
  })

  it('rejects a rule naming a cell that does not exist, naming the cell', () => {
    const bad: Rule = {
      kind: 'atMost', id: 'X', key: 'X/1', severity: 'warning', cell: cellPath('t3', 'no_such_row', 'total'), max: 1, message: 'x',
    }
    const problems = checkTemplate({ ...format2021, rules: [...format2021.rules, bad] })
    expect(problems).toEqual([expect.stringContaining('t3.no_such_row.total')])
  })

  it('rejects duplicate rule keys', () => {
    const first = format2021.rules[0]
    if (!first) throw new Error('format has rules')
    expect(checkTemplate({ ...format2021, rules: [...format2021.rules, first] })).toEqual([expect.stringContaining('重复')])
  })

  it('rejects band spans that do not tile the grid', () => {
    const t2 = format2021.parts[1].table
    const broken: BandedTable = {
      ...t2,
      bands: t2.bands.map((b, i) => (i === 1 ? { ...b, columns: [{ id: 'decisions', label: '本年处理决定数量', span: 2 }] } : b)),
    }
    const problems = checkTemplate(withTable(format2021, 'proactive', broken))
    expect(problems.some((p) => p.includes('span') && p.includes('应为3'))).toBe(true)
    expect(problems.some((p) => p.includes('没有单元格'))).toBe(true)
  })

  it('rejects duplicate row ids within a table', () => {
    const t2 = format2021.parts[1].table
    const dup: BandedTable = { ...t2, bands: [...t2.bands, { ...t2.bands[1]!, rows: [row('licensing', '行政许可')] }] }
    expect(checkTemplate(withTable(format2021, 'proactive', dup))).toEqual(
      expect.arrayContaining([expect.stringContaining('「licensing」')]),
    )
  })

  it('rejects two parts a draft cannot both store (one text part only)', () => {
    const text = format2021.parts[4]
    expect(checkTemplate({ ...format2021, parts: [...format2021.parts, { ...text, id: 'problems2' }] })).toEqual([expect.stringContaining('kind「text」出现2次')])
  })

  it('rejects an empty heading and an empty heading variant', () => {
    const parts = format2021.parts.map((p) => (p.id === 'review' ? { ...p, variants: [...(p.variants ?? []), ' '] } : p.id === 'problems' ? { ...p, heading: '' } : p))
    const problems = checkTemplate({ ...format2021, parts })
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('「review」的标题变体有空字符串'), expect.stringContaining('「problems」的标题为空')]))
  })

  describe('the 信息处理费 fields', () => {
    const other = format2021.parts[5]
    const withFees = (fees: Partial<typeof other.fees> | Record<string, unknown>) => ({ ...format2021, parts: format2021.parts.map((p) => (p === other ? { ...other, fees: { ...other.fees, ...fees } } : p)) }) as ReportTemplate
    it('rejects a sentence placeholder that names no field, and a field the sentence leaves out', () => {
      const problems = checkTemplate(withFees({ sentence: '本年度共发出收费通知{notice_cnt}件，总金额{notice_amount}元，实际收取总金额{collected_amount}元。' }))
      expect(problems).toEqual([expect.stringContaining('「{notice_cnt}」不是字段 id'), expect.stringContaining('字段「notice_count」没有出现在句式中')])
    })
    it('rejects an importer pattern that is not a RegExp and a zeroWith naming no field', () => {
      const fields = other.fees.fields.map((f, i) => (i === 0 ? { ...f, read: { clause: '收费(' } } : i === 1 ? { ...f, read: { clause: '金额', zeroWith: 'nothing' } } : f))
      const problems = checkTemplate(withFees({ fields }))
      expect(problems).toEqual([expect.stringContaining('「收费(」不是有效的正则表达式'), expect.stringContaining('zeroWith「nothing」')])
    })
    it('rejects duplicate field ids', () => {
      const fields = [...other.fees.fields, other.fees.fields[0]]
      expect(checkTemplate(withFees({ fields }))).toEqual([expect.stringContaining('字段 id「notice_count」重复')])
    })
  })

  it('rejects widths that do not fit the table and a screen width the styles do not know', () => {
    const t2 = format2021.parts[1].table
    const bad = { ...t2, columnWidths: [1, 2, -3, 4], screenWidth: 'huge' } as unknown as BandedTable
    expect(checkTemplate(withTable(format2021, 'proactive', bad))).toEqual([expect.stringContaining('screenWidth「huge」'), expect.stringContaining('columnWidths 须全为正数')])
  })

  it('rejects a total computed by two rules', () => {
    const sum = format2021.rules.find((r) => r.kind === 'sum' && r.computes)
    if (!sum || sum.kind !== 'sum') throw new Error('format has computed totals')
    const twin = { ...sum, key: `${sum.key}-twin` }
    expect(checkTemplate({ ...format2021, rules: [...format2021.rules, twin] })).toEqual([expect.stringContaining('被多条规则计算')])
  })
})
