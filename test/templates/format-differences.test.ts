import { layoutTable } from '../../src/core/layout/layout-table'
import type { TableLayout } from '../../src/core/layout/types'
import { formatForYear } from '../../templates'
import { format2019 } from '../../templates/format-2019'
import { format2021 } from '../../templates/format-2021'

const texts = (l: TableLayout) => [...new Set(l.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'text' ? [c.text] : []))))]
const inputs = (l: TableLayout) => l.inputGrid.flat()

describe('2019 → 2021 differences are exactly spec §3.5', () => {
  it('表四 is identical', () => {
    expect(layoutTable(format2019.parts[3].table)).toEqual(layoutTable(format2021.parts[3].table))
  })
  it('表三 differs only in （六）其他处理: one row in 2019, three sub-rows in 2021', () => {
    const old = texts(layoutTable(format2019.parts[2].table))
    const now = texts(layoutTable(format2021.parts[2].table))
    expect(now.filter((t) => !old.includes(t))).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ])
    expect(old.filter((t) => !now.includes(t))).toEqual([])
  })
  it('表二 columns and rows change as listed', () => {
    const old = texts(layoutTable(format2019.parts[1].table))
    const now = texts(layoutTable(format2021.parts[1].table))
    expect(old.filter((t) => !now.includes(t)).sort()).toEqual(
      ['本年新制作数量', '本年新公开数量', '对外公开总数量', '规范性文件', '上一年项目数量', '本年增/减', '处理决定数量', '其他对外管理服务事项', '第二十条第（九）项', '采购项目数量', '采购总金额', '政府集中采购'].sort(),
    )
    expect(now.filter((t) => !old.includes(t)).sort()).toEqual(
      ['本年制发件数', '本年废止件数', '现行有效件数', '行政规范性文件', '本年处理决定数量', '本年收费金额（单位：万元）'].sort(),
    )
  })
  it('only 2019 has signed cells (本年增/减); only 2021 T2(八) is money', () => {
    const kinds = (f: typeof format2019 | typeof format2021) =>
      layoutTable(f.parts[1].table).rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'input' ? [`${c.path}:${c.cellKind}`] : [])))
    expect(kinds(format2019).filter((k) => k.endsWith('signedCount'))).toEqual(['licensing', 'other_services', 'penalty', 'coercion', 'admin_fees'].map((r) => `t2.${r}.change:signedCount`))
    expect(kinds(format2021).filter((k) => !k.endsWith(':count'))).toEqual(['t2.admin_fees.amount:wanYuan'])
  })
  it('headings are the same; only 2021 has the 信息处理费 fields', () => {
    expect(format2019.parts.map((p) => p.heading)).toEqual(format2021.parts.map((p) => p.heading))
    expect('fees' in format2019.parts[5]).toBe(false)
    expect(format2021.parts[5].fees.fields.map((f) => f.label)).toEqual(['本年度发出收费通知的件数', '发出收费通知的总金额', '实际收取的总金额'])
  })
  it('T3 input cells: 2021 has 2 more rows × 7', () => {
    expect(inputs(layoutTable(format2021.parts[2].table)).length - inputs(layoutTable(format2019.parts[2].table)).length).toBe(14)
  })
})

describe('the year decides the format', () => {
  const now = new Date('2026-01-15')
  it.each([
    [2019, 'gov-info-annual-2019'],
    [2020, 'gov-info-annual-2019'],
    [2021, 'gov-info-annual-2021'],
    [2025, 'gov-info-annual-2021'],
  ])('%i → %s', (year, id) => {
    const r = formatForYear(year, now)
    expect(r.ok && r.template.id).toBe(id)
  })
  it.each([
    [2018, '早于现行年报格式'],
    [2027, '不能晚于今年'],
    [20.5, '四位数字年份'],
    [Number.NaN, '四位数字年份'],
  ])('refuses %s with a message', (year, text) => {
    const r = formatForYear(year, now)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(text)
  })
})
