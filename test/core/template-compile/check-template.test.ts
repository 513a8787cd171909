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

  it('rejects parts out of the mandated order', () => {
    const [a, b, ...rest] = format2021.parts
    expect(checkTemplate({ ...format2021, parts: [b, a, ...rest] })[0]).toContain('六部分')
  })

  it('rejects a total computed by two rules', () => {
    const sum = format2021.rules.find((r) => r.kind === 'sum' && r.computes)
    if (!sum || sum.kind !== 'sum') throw new Error('format has computed totals')
    const twin = { ...sum, key: `${sum.key}-twin` }
    expect(checkTemplate({ ...format2021, rules: [...format2021.rules, twin] })).toEqual([expect.stringContaining('被多条规则计算')])
  })
})
