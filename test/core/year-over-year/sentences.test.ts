import { evaluate } from '../../../src/core/rules/evaluate'
import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent, SentenceKind } from '../../../src/core/values/types'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { insertSentence, sentenceStatuses, tracked, updateSentence } from '../../../src/core/year-over-year/drafted'
import { draftSentence } from '../../../src/core/year-over-year/sentences'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { openingParagraph } from '../../../src/core/values/new-content'
import { filledContent, setCells } from '../../builders'

const draft = (kind: SentenceKind, c: ReportContent, t: ReportTemplate = format2021) => {
  const r = draftSentence(kind, t, evaluate(t, c), c.year, c.basis)
  return r.ok ? r.text : `!${r.message}`
}
const report = (cells: Record<string, string>, year = 2024) => setCells(filledContent(format2021, () => '0', { year, opening: openingParagraph(year) }), cells)
const withLast = (c: ReportContent, received: string) => ({ ...c, basis: basisFrom(format2021, report({ 't3.new_received.natural_person': received, 't3.r_granted.natural_person': received }, c.year - 1), '上年') })

const SIX = { 't3.new_received.natural_person': '5', 't3.new_received.commercial': '1', 't3.r_granted.natural_person': '2', 't3.r_partial.natural_person': '1', 't3.r_unable_not_held.natural_person': '2', 't3.r_np_duplicate.commercial': '1' }

describe('the 依申请公开 sentence', () => {
  it('zero applications, no basis', () => {
    expect(draft('applications', report({}))).toBe('本年度未收到政府信息公开申请；无上年结转申请。')
  })
  it('zero applications against last year’s 2: 同比 with the fall', () => {
    expect(draft('applications', withLast(report({}), '2'))).toBe('本年度未收到政府信息公开申请，同比减少2件（下降100.0%）；无上年结转申请。')
  })
  it('one application', () => {
    expect(draft('applications', report({ 't3.new_received.research': '1', 't3.r_granted.research': '1' }))).toBe('本年度共收到政府信息公开申请1件；无上年结转申请。已办结1件，其中予以公开1件；结转下年度0件。')
  })
  it('many applications, a decrease against last year, the categories in table order', () => {
    expect(draft('applications', withLast(report(SIX), '8'))).toBe(
      '本年度共收到政府信息公开申请6件，同比减少2件（下降25.0%）；无上年结转申请。已办结6件，其中予以公开2件、部分公开1件、无法提供2件、不予处理1件；结转下年度0件。',
    )
  })
  it('an increase, from zero, unchanged; carried over and forward', () => {
    const c = report({ ...SIX, 't3.carried_over.natural_person': '1', 't3.carried_forward.natural_person': '1' })
    expect(draft('applications', withLast(c, '4'))).toContain('共收到政府信息公开申请6件，同比增加2件（增长50.0%）；上年结转1件。已办结6件')
    expect(draft('applications', withLast(c, '4'))).toContain('；结转下年度1件。')
    expect(draft('applications', withLast(c, '0'))).toContain('申请6件，同比增加6件；')
    expect(draft('applications', withLast(c, '6'))).toContain('申请6件，与上年持平；')
  })
  it('a blank figure: no sentence, the reason instead', () => {
    const c = setCells(report(SIX), { 't3.r_granted.natural_person': '' })
    expect(draft('applications', c)).toBe('!表三还有空白或无法识别的单元格，填完后才能生成这句话')
  })
  it('the sentence agrees with the narrative checks of its own report', () => {
    const c = report(SIX)
    const text = draft('applications', c)
    const review = draft('review', c)
    const on = { ...c, overview: c.overview.map((s) => (s.topicId === 'on_request' ? { ...s, body: `${text}${review}` } : s)) }
    expect(evaluate(format2021, on).problems).toEqual([])
    // and the checks read it: a table changed under it is caught (N-1 new received, N-5 予以公开)
    const changed = setCells(on, { 't3.new_received.research': '1', 't3.r_granted.research': '1' })
    expect(evaluate(format2021, changed).problems.map((p) => p.ruleId).sort()).toEqual(['N-1', 'N-2', 'N-5'])
  })
})

describe('the 表四 and 表二 sentences', () => {
  it('表四 all zero: 未发生', () => {
    expect(draft('review', report({}))).toBe('本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。')
  })
  it('表四 counts', () => {
    const c = report({ 't4.cases.review_upheld': '1', 't4.cases.review_pending': '1', 't4.cases.direct_corrected': '1' })
    expect(draft('review', c)).toBe('本年度因政府信息公开工作被申请行政复议2件（结果维持1件，尚未审结1件），被提起行政诉讼1件（未经复议直接起诉1件：结果纠正1件）。')
  })
  it('表二 2021: no 规章 clause when all 0, last year’s 现行有效 only with a basis', () => {
    const c = report({ 't2.normative_docs.issued': '2', 't2.normative_docs.repealed': '1', 't2.normative_docs.in_force': '7', 't2.penalty.decisions': '12' })
    expect(draft('proactive', c)).toBe('本年度制发行政规范性文件2件、废止1件，现行有效行政规范性文件7件；作出行政许可决定0件、行政处罚决定12件、行政强制决定0件。')
    const last = basisFrom(format2021, report({ 't2.normative_docs.in_force': '6' }, 2023), 'x')
    expect(draft('proactive', { ...c, basis: last })).toContain('现行有效行政规范性文件7件（上年6件）；')
  })
  it('表二 2019', () => {
    const c = setCells(filledContent(format2019, () => '0', { year: 2020 }), { 't2.licensing.prev_items': '10', 't2.licensing.change': '-3', 't2.licensing.decisions': '40' })
    expect(draft('proactive', c, format2019)).toBe('本年度行政许可上一年项目数量10项、本年增/减-3项，处理决定40件。')
  })
})

describe('tracking an inserted sentence', () => {
  const start = report(SIX)
  const field = start.overview.find((s) => s.topicId === 'on_request')?.id ?? ''
  const text = draft('applications', start)
  const inserted = insertSentence(start, field, 'applications', text)
  const statuses = (c: ReportContent) => sentenceStatuses(format2021, c, evaluate(format2021, c))

  it('appends to the field as a new paragraph and is current', () => {
    expect(inserted.overview.find((s) => s.id === field)?.body).toBe(`依申请公开的情况。\n${text}`)
    expect(statuses(inserted).map((s) => s.stale)).toEqual([false])
  })
  it('a changed cell makes it stale; the update writes the new figures in place and is current again', () => {
    const changed = setCells(inserted, { 't3.new_received.research': '1', 't3.r_granted.research': '1' })
    const [st] = statuses(changed)
    expect(st?.stale).toBe(true)
    expect(st?.fresh).toContain('申请7件')
    const updated = updateSentence(changed, st!.entry, st!.fresh!)
    expect(updated.overview.find((s) => s.id === field)?.body).toBe(`依申请公开的情况。\n${st!.fresh}`)
    expect(statuses(updated).map((s) => s.stale)).toEqual([false])
  })
  it('editing the sentence by hand ends the tracking', () => {
    const edited = { ...inserted, overview: inserted.overview.map((s) => (s.id === field ? { ...s, body: s.body.replace('6件', '六件') } : s)) }
    expect(tracked(edited)).toEqual([])
    expect(statuses(setCells(edited, { 't3.new_received.research': '1' }))).toEqual([])
  })
})
