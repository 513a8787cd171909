import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { evaluate } from '../../../src/core/rules/evaluate'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'

const withText = (text: string, cells: Record<string, string> = {}): ReportContent => {
  const base = setCells(filledContent(format2021), cells)
  return { ...base, overview: base.overview.map((s, i) => (i === 1 ? { ...s, body: text } : s)) }
}
const narrative = (c: ReportContent, f: ReportTemplate = format2021) => evaluate(f, c).problems.filter((p) => p.ruleId.startsWith('N-'))

describe('narrative ↔ table warnings (spec §4.6)', () => {
  it('N-1: the number of applications in the text must equal 表三 一 总计', () => {
    const c = withText('本年度共收到政府信息公开申请5件，均已按期答复。', { 't3.new_received.natural_person': '3', 't3.r_granted.natural_person': '3' })
    expect(narrative(c).map((p) => p.message)).toEqual([
      '正文写“收到政府信息公开申请5件”，但表三“一、本年新收政府信息公开申请数量”的总计为3，相差2',
    ])
    expect(narrative(withText('本年度共收到政府信息公开申请3件。', { 't3.new_received.natural_person': '3', 't3.r_granted.natural_person': '3' }))).toEqual([])
  })
  it('N-2: 答复 N件 must equal （七）总计', () => {
    const c = withText('共答复2件。', { 't3.new_received.natural_person': '1', 't3.r_granted.natural_person': '1' })
    expect(narrative(c).map((p) => p.ruleId)).toEqual(['N-2'])
  })
  it('N-3: 未收到申请 while 表三 has applications', () => {
    const c = withText('本年度未收到政府信息公开申请。', { 't3.new_received.commercial': '1', 't3.r_granted.commercial': '1' })
    expect(narrative(c).map((p) => p.message)).toEqual([expect.stringContaining('正文写“未收到政府信息公开申请”，但表三')])
  })
  it('N-4: 未发生行政复议 while 表四 has cases (both formats)', () => {
    const c = withText('本年度未发生因政府信息公开引起的行政复议、行政诉讼。', { 't4.cases.review_upheld': '1' })
    expect(narrative(c).map((p) => p.ruleId)).toEqual(['N-4'])
    const old = { ...setCells(filledContent(format2019), { 't4.cases.direct_pending': '2' }), other: '行政复议和行政诉讼均为0。' }
    expect(narrative(old, format2019).map((p) => p.ruleId)).toEqual(['N-4'])
  })
  it.each(SEED_NAMES.map((n) => [n] as const))('published report %s: its text agrees with its tables', (name) => {
    expect(narrative(loadSeed(name).content)).toEqual([])
  })
})

describe('narrative rules read real report text', () => {
  it('daxing-2024 says 新接收…申请1件: changing 表三 一 makes N-1 appear', () => {
    const { content } = loadSeed('daxing-2024')
    const changed = setCells(content, { 't3.new_received.natural_person': '2', 't3.new_received.total': '2', 't3.carried_forward.natural_person': '1', 't3.carried_forward.total': '1' })
    expect(narrative(changed).map((p) => p.ruleId)).toEqual(['N-1'])
  })
})
