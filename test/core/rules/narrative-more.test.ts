import { evaluate } from '../../../src/core/rules/evaluate'
import type { ReportContent } from '../../../src/core/values/types'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { format2021 } from '../../../templates/format-2021'
import { openingParagraph } from '../../../src/core/values/new-content'
import { filledContent, setCells } from '../../builders'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'

const T3 = { 't3.new_received.natural_person': '805', 't3.r_granted.natural_person': '200', 't3.r_partial.natural_person': '75', 't3.r_unable_not_held.natural_person': '337', 't3.r_np_duplicate.natural_person': '193' }
const withBody = (body: string, cells: Record<string, string> = T3, over: Partial<ReportContent> = {}): ReportContent => {
  const year = over.year ?? 2024
  const base = setCells(filledContent(format2021, () => '0', { year, opening: openingParagraph(year), ...over }), cells)
  return { ...base, overview: base.overview.map((s) => (s.topicId === 'on_request' ? { ...s, body } : s)) }
}
const found = (c: ReportContent, id: string) => evaluate(format2021, c).problems.filter((p) => p.ruleId === id)

describe('N-5 categories and shares against 表三', () => {
  it('Shanghai 2019’s mistake: 予以公开及部分公开258件（33.9%） while the table says 275', () => {
    const [p, ...rest] = found(withBody('予以公开及部分公开258件，占33.9%；无法提供337件。'), 'N-5')
    expect(rest).toEqual([])
    expect(p?.message).toBe('总体情况「依申请公开」写“予以公开及部分公开258件，占33.9%”，但表三“予以公开”“部分公开”为275件，相差17件')
    expect(p?.cells).toEqual(['t3.r_granted.total', 't3.r_partial.total'])
    expect(p?.field).toMatch(/^overview\./)
  })
  it('a right figure with a wrong share', () => {
    const [p] = found(withBody('予以公开200件，占33.9%。'), 'N-5')
    expect(p?.message).toBe('总体情况「依申请公开」写“予以公开200件，占33.9%”，按表三计算占比为24.8%（200÷办理结果总计805）')
  })
  it('right figures and shares (rounded as written) are silent', () => {
    expect(found(withBody('予以公开及部分公开275件，占34.2%；无法提供337件（41.9%）；不予处理193件，占24%。'), 'N-5')).toEqual([])
  })
})

describe('N-6 a list adds up to its total', () => {
  it('miyun’s list across the full stop adds up; one item less does not', () => {
    const ok = '全年，主动公开政府信息109条，同比增长48%。其中工作动态69条、机构职能9条、公示公告14条、规划计划2条、财政预决算2条、行政执法“三项制度”公示9条、招考录用1条，其他3条。'
    expect(found(withBody(ok), 'N-6')).toEqual([])
    const [p] = found(withBody(ok.replace('招考录用1条', '招考录用2条')), 'N-6')
    expect(p?.message).toContain('所列各项之和为110，与所述总数109不符')
  })
  it('a partial list (no 其他) that adds up to less is fine; one that exceeds the total is not', () => {
    expect(found(withBody('发布信息50条，其中政策解读5条、图解2条。'), 'N-6')).toEqual([])
    expect(found(withBody('发布信息5条，其中政策解读5条、图解2条。'), 'N-6').map((p) => p.ruleId)).toEqual(['N-6'])
  })
})

describe('N-7 self-reference', () => {
  it('a 委 calling itself 我局 in part 一 or 五', () => {
    const c = withBody('我局严格执行条例。', T3, { agency: '北京市某区科学技术委员会' })
    expect(found(c, 'N-7').map((p) => p.message)).toEqual(['总体情况「依申请公开」自称“我局”，与机关名称“北京市某区科学技术委员会”不符：请核对是否沿用了其他单位的文字'])
    expect(found({ ...c, problems: '我局将继续改进。' }, 'N-7').map((p) => p.field)).toContain('problems')
  })
  it('names with both (管委会（…局）) allow both; 我部门 and 我区 are not self-names', () => {
    expect(found(withBody('我委、我局、我部门、我区共同推进。', T3, { agency: '朝阳园管委会（区科学技术和信息化局）' }), 'N-7')).toEqual([])
  })
})

describe('N-8 years', () => {
  it('a statistics period of another year', () => {
    const c = { ...withBody('正文。'), opening: '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。' }
    expect(found(c, 'N-8').map((p) => [p.field, p.message])).toEqual([['opening', expect.stringContaining('统计期限写“统计期限自2023年1月1日起至2023年12月31日止')]])
  })
  it('a sentence opening with last year; plans for next year and years inside a sentence are fine', () => {
    expect(found(withBody('2023年，我委共收到申请2件。'), 'N-8').map((p) => p.ruleId)).toEqual(['N-8'])
    expect(found(withBody('2024年，共收到申请，内容是2023年决算信息。2025年，我委将继续改进。'), 'N-8')).toEqual([])
  })
})

describe('N-9 text copied from last year', () => {
  const lastBody = '深入落实政府信息公开申请登记、审核、办理、答复、归档等工作制度，畅通受理渠道，规范答复意见，持续提升依申请公开办理质量。全年未收到申请人通过邮件、信函等方式提交的政府信息公开请求。'
  const basis = () => {
    const last = withBody(lastBody, {}, { year: 2023 })
    return basisFrom(format2021, last, '上年')
  }
  it('a sub-section copied from last year’s report is named with its share', () => {
    const c = { ...withBody(lastBody, {}), basis: basis() }
    const [p] = found(c, 'N-9')
    expect(p?.message).toMatch(/^总体情况「依申请公开」有100%的文字与2023年度报告相同/)
  })
  it('a rewritten one is silent, and so is any text without last year attached', () => {
    const rewritten = '本年度进一步完善依申请公开工作流程，对每件申请逐一登记、限时办理，答复文书经法制审核后送达。本年度共收到申请0件，无上年结转。全年办理工作平稳有序，未发生超期答复。'
    expect(found({ ...withBody(rewritten, {}), basis: basis() }, 'N-9')).toEqual([])
    expect(found(withBody(lastBody, {}), 'N-9')).toEqual([])
  })
})

describe.each(SEED_NAMES.map((n) => [n] as const))('published report %s', (name) => {
  it('gives no warning at all', () => {
    expect(evaluate(format2021, loadSeed(name).content).problems).toEqual([])
  })
})
