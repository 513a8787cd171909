// @vitest-environment node
/**
 * Problems as data (issue 12, item 6): each problem carries the table of its first cell, its rule id is the
 * template's or one of the engine's closed list, and the evaluation counts what the panel shows.
 */
import fc from 'fast-check'
import { familyOf } from '../../../src/core/audit/rule-family'
import { ENGINE_RULE_IDS, isRule } from '../../../src/core/rules/rule-ids'
import { evaluate } from '../../../src/core/rules/evaluate'
import type { Evaluation } from '../../../src/core/rules/types'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { FORMATS } from '../../../templates'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, inputPaths } from '../../builders'

const engine: ReadonlySet<string> = new Set(ENGINE_RULE_IDS)

/** What each problem must say of itself, and what the evaluation must count. */
function checkInvariants(template: ReportTemplate, e: Evaluation) {
  const compiled = compileTemplate(template)
  const declared = new Set(template.rules.map((r) => r.id))
  for (const p of e.problems) {
    const first = p.cells[0]
    expect([p.key, p.tableId]).toEqual([p.key, first === undefined ? undefined : compiled.cells.get(first)?.tableId])
    expect([p.key, engine.has(p.ruleId) || declared.has(p.ruleId)]).toEqual([p.key, true])
  }
  // the cells a person fills: a computed total over blank cells is blank too, but it is no blank to fill
  const blank = [...compiled.cells.keys()].filter((path) => e.cells.get(path)?.status === 'blank' && !e.computed.has(path))
  expect(e.blankCellCount).toBe(blank.length)
  expect(e.problems.filter((p) => isRule(p, 'S-4')).flatMap((p) => p.cells).sort()).toEqual(blank.sort())
  expect(e.errorCount).toBe(e.problems.filter((p) => p.severity === 'error').length)
  expect(e.warningCount).toBe(e.problems.filter((p) => p.severity === 'warning').length)
}

/** Cell texts people type: numbers that break and keep the sums, blanks and text that is no number. */
const TEXTS = ['', '0', '1', '2', '7', '12', 'x', '1.5', '无']

describe.each(FORMATS.map((f) => [f.id, f] as const))('problems of %s', (_id, template) => {
  const paths = inputPaths(template)

  it('carry the table of their first cell and a known rule id; the counts match the problems', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TEXTS), { minLength: paths.length, maxLength: paths.length }), fc.boolean(), (texts, written) => {
        const at = new Map(paths.map((p, i) => [p, texts[i] ?? '']))
        const base = filledContent(template, (p) => at.get(p) ?? '')
        const content = written ? base : { ...base, agency: '', problems: '', overview: [] }
        checkInvariants(template, evaluate(template, content))
      }),
      { numRuns: 40 },
    )
  })

  it('count as blank the cells to fill, not the totals computed from them, also when every cell is blank', () => {
    const empty = filledContent(template, () => '')
    checkInvariants(template, evaluate(template, { ...empty, agency: '', problems: '', overview: [] }))
    checkInvariants(template, evaluate(template, empty))
  })

  it('declare no rule id of the engine\'s own', () => {
    expect(template.rules.map((r) => r.id).filter((id) => engine.has(id))).toEqual([])
  })
})

describe('familyOf', () => {
  const basis = (year: number, figure: string): ReportContent['basis'] => ({
    formatId: format2021.id,
    year,
    agency: '测试区科学技术委员会',
    cells: filledContent(format2021, () => figure).cells,
    overview: [],
    problems: '',
    other: '',
    source: '上年报告',
  })

  it('reads the table from the problem, the kind from the template rule', () => {
    const blanks = filledContent(format2021, (p) => (p.startsWith('p6.') || p.startsWith('t4.') ? '' : '0'))
    const wrongYear = evaluate(format2021, { ...blanks, agency: '', basis: basis(2000, '0') })
    const families = Object.fromEntries(wrongYear.problems.map((p) => [p.key, familyOf(p, format2021)]))
    expect(families).toMatchObject({ 'S-4/t4': '表四', 'S-4/p6': '结构', 'S-5/agency': '结构', 'X-0/year': '跨年度' })
    const content = filledContent(format2021)
    const lastYear = evaluate(format2021, { ...content, basis: basis(content.year - 1, '5') })
    const crossYear = lastYear.problems.filter((p) => p.ruleId.startsWith('X-'))
    expect(crossYear.length).toBeGreaterThan(0)
    for (const p of crossYear) expect([p.key, familyOf(p, format2021)]).toEqual([p.key, '跨年度'])
  })

  it("counts the engine's checks of the text (a passage copied from last year, a wrong year) under 文字", () => {
    const content = filledContent(format2021)
    const copied = '本机关认真贯彻落实政府信息公开条例，健全工作机制，加强队伍建设，主动公开各类政府信息，依法办理依申请公开，做好政策解读和回应关切工作。'.repeat(2)
    const overview = [{ id: 'o1', title: '总体情况', body: `${copied}${content.year - 3}年度本机关共收到申请若干件。` }]
    const last = { ...basis(content.year - 1, '0'), overview: [{ title: '总体情况', body: copied }] } as NonNullable<ReportContent['basis']>
    const problems = evaluate(format2021, { ...content, overview, basis: last }).problems
    const text = problems.filter((p) => p.ruleId === 'N-9' || p.ruleId === 'N-8')
    expect(text.map((p) => p.ruleId).sort()).toEqual(['N-8', 'N-9'])
    for (const p of text) expect([p.key, familyOf(p, format2021)]).toEqual([p.key, '文字'])
  })
})
