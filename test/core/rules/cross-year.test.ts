import { evaluate } from '../../../src/core/rules/evaluate'
import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { startNextYear } from '../../../src/core/year-over-year/start-next-year'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'

const cross = (c: ReportContent, template: ReportTemplate = format2021) => evaluate(template, c).problems.filter((p) => p.ruleId.startsWith('X-'))

function pair2021(lastCells: Record<string, string>, thisCells: Record<string, string>) {
  const last = setCells(filledContent(format2021, () => '0', { year: 2023 }), lastCells)
  const now = setCells(filledContent(format2021, () => '0', { year: 2024 }), thisCells)
  return { ...now, basis: basisFrom(format2021, last, '上年') }
}

describe('cross-year rules', () => {
  it('a consistent pair and a report without basis give no cross-year problem', () => {
    const c = pair2021(
      { 't3.new_received.research': '3', 't3.r_granted.research': '1', 't3.carried_forward.research': '2', 't2.normative_docs.in_force': '6' },
      { 't3.carried_over.research': '2', 't3.r_granted.research': '2', 't2.normative_docs.in_force': '7', 't2.normative_docs.issued': '2', 't2.normative_docs.repealed': '1' },
    )
    expect(cross(c)).toEqual([])
    expect(cross({ ...c, basis: undefined })).toEqual([])
  })

  it('X-1 fires per column at that column’s 上年结转 with both sides and the difference', () => {
    const c = pair2021({ 't3.new_received.research': '3', 't3.r_granted.research': '1', 't3.carried_forward.research': '2' }, { 't3.carried_over.research': '5', 't3.r_granted.research': '5' })
    const x1 = cross(c).filter((p) => p.ruleId === 'X-1')
    expect(x1.map((p) => p.key).sort()).toEqual(['X-1/research', 'X-1/total'])
    const research = x1.find((p) => p.key === 'X-1/research')
    expect(research?.cells).toEqual(['t3.carried_over.research'])
    expect(research?.severity).toBe('warning')
    expect(research?.message).toBe('表三「科研机构」列：本年上年结转＝5，上年结转下年度＝2，相差3（本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”）')
  })

  it('X-2 for 规章 and 行政规范性文件: 现行有效 continues last year’s + 制发 − 废止', () => {
    const c = pair2021({ 't2.regulations.in_force': '4', 't2.normative_docs.in_force': '6' }, { 't2.regulations.in_force': '4', 't2.normative_docs.in_force': '6', 't2.normative_docs.issued': '3', 't2.normative_docs.repealed': '1' })
    const x2 = cross(c).filter((p) => p.ruleId === 'X-2')
    expect(x2.map((p) => p.key)).toEqual(['X-2/normative_docs'])
    expect(x2[0]?.cells).toEqual(['t2.normative_docs.in_force', 't2.normative_docs.issued', 't2.normative_docs.repealed'])
    expect(x2[0]?.message).toContain('本年现行有效＝6，上年现行有效＋本年制发−本年废止＝8，相差2')
  })

  it('X-3 (2019 format): 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    const last = setCells(filledContent(format2019, () => '0', { year: 2019 }), { 't2.penalty.prev_items': '4', 't2.penalty.change': '-1' })
    const ok = { ...setCells(filledContent(format2019, () => '0', { year: 2020 }), { 't2.penalty.prev_items': '3' }), basis: basisFrom(format2019, last, 'x') }
    expect(cross(ok, format2019)).toEqual([])
    const bad = setCells(ok, { 't2.penalty.prev_items': '4' })
    const x3 = cross(bad, format2019)
    expect(x3.map((p) => [p.key, p.cells])).toEqual([['X-3/penalty', ['t2.penalty.prev_items']]])
    expect(x3[0]?.message).toContain('＝4，上年的上一年项目数量＋本年增/减＝3，相差1')
  })

  it('X-4: across 2020 → 2021 X-1 still applies and X-2 stays silent', () => {
    const last = setCells(filledContent(format2019, () => '0', { year: 2020 }), { 't3.new_received.other_org': '1', 't3.carried_forward.other_org': '1' })
    const { content } = startNextYear(format2019, last, format2021, '2020')
    const filled = setCells(filledContent(format2021, () => '0', { year: 2021 }), { 't3.carried_over.other_org': '1', 't3.r_granted.other_org': '1', 't2.normative_docs.in_force': '9' })
    expect(cross({ ...filled, basis: content.basis })).toEqual([])
    const wrong = setCells({ ...filled, basis: content.basis }, { 't3.carried_over.other_org': '0', 't3.r_granted.other_org': '0' })
    expect(cross(wrong).map((p) => p.key).sort()).toEqual(['X-1/other_org', 'X-1/total'])
  })

  it('X-5 hints at this year’s 尚未审结 when last year left cases pending', () => {
    const quiet = pair2021({}, {})
    expect(cross(quiet)).toEqual([])
    const c = pair2021({ 't4.cases.review_pending': '2', 't4.cases.direct_pending': '1' }, {})
    const x5 = cross(c)
    expect(x5.map((p) => p.key)).toEqual(['X-5/pending'])
    expect(x5[0]?.cells).toContain('t4.cases.review_pending')
    expect(x5[0]?.message).toContain('上年报告有3件行政复议、行政诉讼尚未审结')
  })

  it('a basis that is not of the year before is named and not compared', () => {
    const c = pair2021({ 't3.carried_forward.research': '2' }, {})
    const far = { ...c, year: 2025 }
    const ps = cross(far)
    expect(ps.map((p) => p.ruleId)).toEqual(['X-0'])
    expect(ps[0]?.message).toContain('2023年度的，不是2024年度')
  })
})
