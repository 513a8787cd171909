import { evaluate } from '../../../src/core/rules/evaluate'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells, tableInputs } from '../../builders'

const T3_COLUMNS = ['natural_person', 'commercial', 'research', 'public_welfare', 'legal_services', 'other_org', 'total'] as const
const LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

describe('evaluate: a consistent report', () => {
  it.each([format2021, format2019].map((f) => [f.id, f] as const))('%s all zeros: no problems at all', (_id, f) => {
    const e = evaluate(f, filledContent(f))
    expect(e.problems).toEqual([])
  })
  it('computes 总计 columns, （七）总计 and 表四 totals', () => {
    const c = setCells(filledContent(format2021), {
      't3.new_received.natural_person': '3',
      't3.new_received.commercial': '2',
      't3.r_granted.natural_person': '2',
      't3.r_partial.commercial': '2',
      't3.carried_forward.natural_person': '1',
      't4.cases.review_upheld': '1',
      't4.cases.review_pending': '2',
    })
    const e = evaluate(format2021, c)
    const v = (p: string) => e.cells.get(p as never)
    expect(v('t3.new_received.total')).toEqual({ status: 'ok', value: 5 })
    expect(v('t3.r_total.natural_person')).toEqual({ status: 'ok', value: 2 })
    expect(v('t3.r_total.total')).toEqual({ status: 'ok', value: 4 })
    expect(v('t4.cases.review_total')).toEqual({ status: 'ok', value: 3 })
    expect(e.problems).toEqual([])
  })
})

describe('T3-1 一+二＝三（七）+四 in every column', () => {
  it.each(T3_COLUMNS.slice(0, 6).map((c, i) => [c, LABELS[i]] as const))('a one-cell change in %s gives the error for that column', (col, label) => {
    const c = setCells(filledContent(format2021), { [`t3.new_received.${col}`]: '1' })
    const e = evaluate(format2021, c)
    const t31 = e.problems.filter((p) => p.ruleId === 'T3-1')
    expect(t31.map((p) => p.key).sort()).toEqual([`T3-1/${col}`, 'T3-1/total'].sort())
    expect(t31.find((p) => p.key === `T3-1/${col}`)?.message).toContain(`${label}：一+二＝1，三（七）+四＝0，相差1`)
    expect(t31[0]?.cells).toContain(`t3.new_received.${col}`)
  })
  it('with manual totals, a change in the 总计 column alone gives T3-1 for 总计 and T3-3 for the row', () => {
    const c = setCells(filledContent(format2021, () => '0', { manualTotals: ['t3'] }), { 't3.carried_over.total': '4' })
    const e = evaluate(format2021, c)
    expect(e.problems.map((p) => p.key).sort()).toEqual(['T3-1/total', 'T3-3/carried_over'])
    expect(e.problems.find((p) => p.key === 'T3-1/total')?.message).toContain('总计：一+二＝4，三（七）+四＝0，相差4')
    expect(e.problems.find((p) => p.key === 'T3-3/carried_over')?.message).toContain('总计＝4，各类申请人之和＝0，相差4')
  })
  it('manual （七）总计 is checked against the result rows (T3-2)', () => {
    const c = setCells(filledContent(format2019, () => '0', { manualTotals: ['t3'] }), { 't3.r_other.research': '2', 't3.r_other.total': '2', 't3.new_received.research': '2', 't3.new_received.total': '2' })
    const e = evaluate(format2019, c)
    expect(e.problems.map((p) => p.key).sort()).toEqual(['T3-1/research', 'T3-1/total', 'T3-2/research', 'T3-2/total'])
    expect(e.problems.find((p) => p.key === 'T3-2/research')?.message).toContain('（七）总计＝0，（一）至（六）之和＝2，相差2')
  })
})

describe('表四 T4-1', () => {
  it('manual totals are checked per group', () => {
    const c = setCells(filledContent(format2021, () => '0', { manualTotals: ['t4'] }), { 't4.cases.direct_corrected': '1' })
    const e = evaluate(format2021, c)
    expect(e.problems.map((p) => p.message)).toEqual([expect.stringContaining('行政诉讼（未经复议直接起诉）：总计＝0，维持+纠正+其他+尚未审结＝1，相差1')])
  })
})

describe('blank and unreadable cells', () => {
  it('blank is not zero: one S-4 error per table listing its blank cells, and no arithmetic yet', () => {
    const c = filledContent(format2021, (p) => (p.startsWith('t3.') ? '' : '0'))
    const e = evaluate(format2021, c)
    expect(e.problems.map((p) => p.key)).toEqual(['S-4/t3'])
    const typed = tableInputs(format2021, 't3').filter((p) => !p.endsWith('.total') && !p.startsWith('t3.r_total.'))
    expect(e.problems[0]?.cells).toHaveLength(typed.length)
    expect(e.problems[0]?.message).toContain(`表三还有${typed.length}个空白单元格`)
  })
  it('an unreadable cell is an error at that cell, and rules of other columns still run', () => {
    const c = setCells(filledContent(format2021), { 't3.r_granted.commercial': 'abc', 't3.new_received.research': '1' })
    const e = evaluate(format2021, c)
    const keys = e.problems.map((p) => p.key)
    expect(keys).toContain('S-K/t3.r_granted.commercial')
    expect(keys).toContain('T3-1/research')
    expect(keys).not.toContain('T3-1/commercial')
    expect(e.problems.find((p) => p.key === 'S-K/t3.r_granted.commercial')?.message).toMatch(/^表三「（一）予以公开」「商业企业」：/)
  })
  it('a negative count is refused; a negative 本年增/减 in 2019 is accepted', () => {
    const now = evaluate(format2021, setCells(filledContent(format2021), { 't2.penalty.decisions': '-3' }))
    expect(now.problems.map((p) => p.ruleId)).toEqual(['S-K'])
    const old = evaluate(format2019, setCells(filledContent(format2019), { 't2.penalty.change': '-3' }))
    expect(old.problems).toEqual([])
  })
})

describe('warnings', () => {
  it('T2-4: 现行有效件数 0 while 本年废止件数 > 0', () => {
    const e = evaluate(format2021, setCells(filledContent(format2021), { 't2.normative_docs.repealed': '2' }))
    expect(e.problems).toEqual([expect.objectContaining({ ruleId: 'T2-4', severity: 'warning', cells: ['t2.normative_docs.in_force', 't2.normative_docs.repealed'] })])
  })
  it('T2-2: a 万元 figure that looks like 元', () => {
    const e = evaluate(format2021, setCells(filledContent(format2021), { 't2.admin_fees.amount': '25100' }))
    expect(e.problems.map((p) => p.ruleId)).toEqual(['T2-2'])
  })
  it('T3-6: 逾期未缴费 without a fee notice', () => {
    const c = setCells(filledContent(format2021), { 't3.r_other_unpaid_fee.natural_person': '1', 't3.new_received.natural_person': '1' })
    expect(evaluate(format2021, c).problems.map((p) => p.ruleId)).toEqual(['T3-6'])
  })
  it('errors come before warnings', () => {
    const c = setCells(filledContent(format2021), { 't2.admin_fees.amount': '25100', 't3.new_received.natural_person': '1' })
    const sev = evaluate(format2021, c).problems.map((p) => p.severity)
    expect(sev).toEqual([...sev].sort())
    expect(sev[0]).toBe('error')
  })
})

describe('written parts', () => {
  it('missing agency, empty 一 and 五 are errors; a government without 考核 content is warned', () => {
    const c = filledContent(format2021, () => '0', { agency: ' ', problems: '', unitType: 'government' })
    const keys = evaluate(format2021, { ...c, overview: c.overview.map((s) => ({ ...s, body: '' })) }).problems.map((p) => p.key)
    expect(keys).toEqual(['S-5/agency', 'S-1/overview', 'S-1/problems', 'S-6/government'])
  })
})
