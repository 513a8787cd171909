import { layoutTable } from '../../../src/core/layout/layout-table'
import type { LayoutCell, TableLayout } from '../../../src/core/layout/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

const t2of = (f: typeof format2021 | typeof format2019) => layoutTable(f.parts[1].table)
const t3of = (f: typeof format2021 | typeof format2019) => layoutTable(f.parts[2].table)
const t4 = layoutTable(format2021.parts[3].table)

function textCell(layout: TableLayout, text: string): LayoutCell {
  const found = layout.rows.flatMap((r) => r.cells).find((c) => c.kind === 'text' && c.text === text)
  if (!found) throw new Error(`no cell 「${text}」`)
  return found
}
const spans = (c: LayoutCell) => [c.rowSpan, c.colSpan]

describe('表三 header grid (spec §2.4)', () => {
  const t3 = t3of(format2021)
  it('has 10 grid columns, 3 header rows and 25 data rows', () => {
    expect(t3.gridColumns).toBe(10)
    expect(t3.rows.filter((r) => r.header)).toHaveLength(3)
    expect(t3.inputGrid).toHaveLength(25)
    expect(t3.inputGrid.every((r) => r.length === 7)).toBe(true)
  })
  it('merges the header cells as the official table does', () => {
    expect(spans(textCell(t3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'))).toEqual([3, 3])
    expect(spans(textCell(t3, '申请人情况'))).toEqual([1, 7])
    expect(spans(textCell(t3, '自然人'))).toEqual([2, 1])
    expect(spans(textCell(t3, '法人或其他组织'))).toEqual([1, 5])
    expect(spans(textCell(t3, '总计'))).toEqual([2, 1])
    expect(spans(textCell(t3, '商业企业'))).toEqual([1, 1])
  })
  it('merges the row labels: 三 spans 22 rows, groups span their items', () => {
    expect(spans(textCell(t3, '一、本年新收政府信息公开申请数量'))).toEqual([1, 3])
    expect(spans(textCell(t3, '三、本年度办理结果'))).toEqual([22, 1])
    expect(spans(textCell(t3, '（一）予以公开'))).toEqual([1, 2])
    expect(spans(textCell(t3, '（三）不予公开'))).toEqual([8, 1])
    expect(spans(textCell(t3, '（四）无法提供'))).toEqual([3, 1])
    expect(spans(textCell(t3, '（五）不予处理'))).toEqual([5, 1])
    expect(spans(textCell(t3, '（六）其他处理'))).toEqual([3, 1])
    expect(spans(textCell(t3, '1.属于国家秘密'))).toEqual([1, 1])
    expect(spans(textCell(t3, '（七）总计'))).toEqual([1, 2])
    expect(spans(textCell(t3, '四、结转下年度继续办理'))).toEqual([1, 3])
  })
  it('2019: （六）其他处理 is one row and 三 spans 20 rows (spec §3.2)', () => {
    const old = t3of(format2019)
    expect(spans(textCell(old, '三、本年度办理结果'))).toEqual([20, 1])
    expect(spans(textCell(old, '（六）其他处理'))).toEqual([1, 2])
    expect(old.inputGrid).toHaveLength(23)
  })
  it('names each input by its printed row and column labels', () => {
    const cell = t3.rows.flatMap((r) => r.cells).find((c) => c.kind === 'input' && c.path === 't3.r_denied_state_secret.commercial')
    expect(cell).toMatchObject({ rowLabels: ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密'], columnLabels: ['申请人情况', '法人或其他组织', '商业企业'] })
  })
})

describe('表四 header grid (spec §2.5)', () => {
  it('has 15 columns, no row label, and the three-level header', () => {
    expect(t4.gridColumns).toBe(15)
    expect(spans(textCell(t4, '行政复议'))).toEqual([1, 5])
    expect(spans(textCell(t4, '行政诉讼'))).toEqual([1, 10])
    expect(spans(textCell(t4, '未经复议直接起诉'))).toEqual([1, 5])
    expect(spans(textCell(t4, '复议后起诉'))).toEqual([1, 5])
    const second = t4.rows[1]?.cells.filter((c) => c.kind === 'text' && c.text === '结果维持')
    expect(second?.map(spans)).toEqual([[2, 1]])
    expect(t4.rows[2]?.cells.filter((c) => c.kind === 'text').length).toBe(10)
    expect(t4.inputGrid).toEqual([expect.any(Array)])
    expect(t4.inputGrid[0]).toHaveLength(15)
  })
})

describe('表二 bands (spec §2.3, §3.1)', () => {
  it('2021: band rows span all 4 columns; single-column bands span B–D', () => {
    const t2 = t2of(format2021)
    expect(t2.gridColumns).toBe(4)
    expect(spans(textCell(t2, '第二十条第（一）项'))).toEqual([1, 4])
    expect(spans(textCell(t2, '本年处理决定数量'))).toEqual([1, 3])
    expect(spans(textCell(t2, '本年收费金额（单位：万元）'))).toEqual([1, 3])
    expect(t2.rows).toHaveLength(14)
  })
  it('2019: five bands including 第二十条第（九）项', () => {
    const t2 = t2of(format2019)
    expect(spans(textCell(t2, '第二十条第（九）项'))).toEqual([1, 4])
    expect(t2.inputGrid.map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3, 2, 2])
  })
})
