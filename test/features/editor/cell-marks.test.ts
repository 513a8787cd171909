import { createCellMarks } from '../../../src/features/editor/cell-marks'
import { createEvaluationStore } from '../../../src/features/editor/evaluation-store'
import { declaredRuleId, type RuleId } from '../../../src/core/rules/rule-ids'
import type { Evaluation, Problem } from '../../../src/core/rules/types'
import type { CellPath } from '../../../src/core/template/types'

const p = (key: string, severity: Problem['severity'], cells: string[], ruleId: RuleId = declaredRuleId('T3-1')): Problem => ({
  key,
  ruleId,
  severity,
  partId: 'applications',
  cells: cells as CellPath[],
  message: key,
})
const evaluation = (problems: Problem[]): Evaluation => ({
  problems,
  cells: new Map(),
  computed: new Set(),
  errorCount: problems.filter((x) => x.severity === 'error').length,
  warningCount: problems.filter((x) => x.severity === 'warning').length,
  blankCellCount: problems.filter((x) => x.ruleId === 'S-4').reduce((n, x) => n + x.cells.length, 0),
})

function setup(initial: Problem[]) {
  const store = createEvaluationStore(evaluation(initial))
  const marks = createCellMarks(store)
  const inputs = new Map<string, HTMLInputElement>()
  for (const path of ['t3.a.x', 't3.b.x', 't3.c.x', 't3.d.x']) {
    const el = document.createElement('input')
    document.body.append(el)
    marks.attach(path as CellPath)(el)
    inputs.set(path, el)
  }
  const disconnect = marks.connect()
  // the attribute writes since the last call, as 「path attribute」 (records are taken synchronously)
  const observer = new MutationObserver(() => {})
  for (const el of inputs.values()) observer.observe(el, { attributes: true })
  const pathOf = (target: Node) => [...inputs].find(([, el]) => el === target)?.[0]
  const flush = () => observer.takeRecords().map((r) => `${pathOf(r.target)} ${r.attributeName}`)
  return { store, marks, inputs, flush, disconnect, at: (path: string) => inputs.get(path) as HTMLInputElement }
}

describe('cell marks', () => {
  afterEach(() => document.body.replaceChildren())

  it('gives an input its current mark when it is attached, an error outranking a warning', () => {
    const { at } = setup([p('w', 'warning', ['t3.a.x', 't3.b.x']), p('e', 'error', ['t3.b.x'])])
    expect(at('t3.a.x').dataset.severity).toBe('warning')
    expect(at('t3.a.x')).not.toHaveAttribute('aria-invalid')
    expect(at('t3.b.x').dataset.severity).toBe('error')
    expect(at('t3.b.x')).toHaveAttribute('aria-invalid', 'true')
    expect(at('t3.c.x')).not.toHaveAttribute('data-severity')
  })

  it('writes only the cells whose mark changed', () => {
    const { store, at, flush } = setup([p('e1', 'error', ['t3.a.x', 't3.b.x'])])
    store.set(evaluation([p('e1', 'error', ['t3.a.x', 't3.b.x']), p('e2', 'error', ['t3.c.x'])]))
    expect(flush().sort()).toEqual(['t3.c.x aria-invalid', 't3.c.x data-severity'])
    store.set(evaluation([p('e2', 'error', ['t3.c.x'])]))
    expect(flush().sort()).toEqual(['t3.a.x aria-invalid', 't3.a.x data-severity', 't3.b.x aria-invalid', 't3.b.x data-severity'])
    expect(at('t3.a.x')).not.toHaveAttribute('data-severity')
    expect(at('t3.a.x')).not.toHaveAttribute('aria-invalid')
    expect(at('t3.c.x').dataset.severity).toBe('error')
  })

  it('does not mark cells one by one for blank cells (S-4): the panel lists them per table', () => {
    const { store, at } = setup([])
    store.set(evaluation([p('S-4/t3', 'warning', ['t3.a.x', 't3.d.x'], 'S-4')]))
    expect(at('t3.a.x')).not.toHaveAttribute('data-severity')
    expect(at('t3.d.x')).not.toHaveAttribute('data-severity')
  })

  it('marks an input attached later (a total switched from computed to typed) with the current mark', () => {
    const { store, marks } = setup([])
    store.set(evaluation([p('e', 'error', ['t3.z.x'])]))
    const el = document.createElement('input')
    marks.attach('t3.z.x' as CellPath)(el)
    expect(el.dataset.severity).toBe('error')
    // detached: no longer written
    marks.attach('t3.z.x' as CellPath)(null)
    store.set(evaluation([]))
    expect(el.dataset.severity).toBe('error')
  })

  it('catches up on changes made before it was connected, and stops after disconnecting', () => {
    const store = createEvaluationStore(evaluation([]))
    const marks = createCellMarks(store)
    const el = document.createElement('input')
    marks.attach('t3.a.x' as CellPath)(el)
    store.set(evaluation([p('e', 'error', ['t3.a.x'])]))
    expect(el).not.toHaveAttribute('data-severity')
    const disconnect = marks.connect()
    expect(el.dataset.severity).toBe('error')
    disconnect()
    store.set(evaluation([]))
    expect(el.dataset.severity).toBe('error')
  })
})
