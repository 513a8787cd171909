import { useSyncExternalStore } from 'react'
import { isRule } from '../../core/rules/rule-ids'
import type { Evaluation, Problem } from '../../core/rules/types'
import type { CellPath, Severity } from '../../core/template/types'

/**
 * Holds the latest evaluation outside React state: a keystroke re-renders only what reads a changed
 * part of it (the problems panel, the tip, a computed total), and cells get their marks from
 * cell-marks.ts without rendering at all.
 */
export interface EvaluationStore {
  get(): Evaluation
  set(next: Evaluation): void
  subscribe(listener: () => void): () => void
  /** problems per cell, rebuilt on each set */
  problemsAt(path: CellPath): readonly Problem[]
  /** each marked cell's severity (an error outranks a warning); the same map until the next set */
  marks(): ReadonlyMap<CellPath, Severity>
  /** the current problems; the same array until one changes */
  problems(): readonly Problem[]
  /** the evaluation's counts; the same object until one changes */
  counts(): ProblemCounts
}

/** What the problems panel says in numbers, as the evaluation counted it. */
export type ProblemCounts = Pick<Evaluation, 'errorCount' | 'warningCount' | 'blankCellCount'>

function countsOf(e: Evaluation, previous?: ProblemCounts): ProblemCounts {
  if (previous && previous.errorCount === e.errorCount && previous.warningCount === e.warningCount && previous.blankCellCount === e.blankCellCount) return previous
  return { errorCount: e.errorCount, warningCount: e.warningCount, blankCellCount: e.blankCellCount }
}

export function createEvaluationStore(initial: Evaluation): EvaluationStore {
  let current = initial
  let byCell = indexByCell(initial)
  let marks = marksOf(byCell)
  let problems = initial.problems
  let signature = signatureOf(problems)
  let counts = countsOf(initial)
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(next) {
      current = next
      byCell = indexByCell(next)
      marks = marksOf(byCell)
      counts = countsOf(next, counts)
      const sig = signatureOf(next.problems)
      if (sig !== signature) {
        signature = sig
        problems = next.problems
      }
      for (const l of listeners) l()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    problemsAt: (path) => byCell.get(path) ?? [],
    marks: () => marks,
    problems: () => problems,
    counts: () => counts,
  }
}

function signatureOf(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.key}\u0000${p.message}`).join('\u0001')
}

function indexByCell(e: Evaluation): Map<CellPath, Problem[]> {
  const map = new Map<CellPath, Problem[]>()
  for (const p of e.problems) {
    // blank cells are listed once per table in the panel, not marked one by one
    if (isRule(p, 'S-4')) continue
    for (const c of p.cells) {
      const list = map.get(c)
      if (list) list.push(p)
      else map.set(c, [p])
    }
  }
  return map
}

function marksOf(byCell: ReadonlyMap<CellPath, readonly Problem[]>): Map<CellPath, Severity> {
  const marks = new Map<CellPath, Severity>()
  for (const [path, ps] of byCell) marks.set(path, ps.some((p) => p.severity === 'error') ? 'error' : 'warning')
  return marks
}

/** The counts of errors, warnings and blank cells, as the same object while they stay the same. */
export function useProblemCounts(store: EvaluationStore): ProblemCounts {
  return useSyncExternalStore(store.subscribe, store.counts)
}

/** The problems only, as the same array while they read the same: the panel skips keystrokes that change none. */
export function useProblems(store: EvaluationStore): Evaluation['problems'] {
  return useSyncExternalStore(store.subscribe, store.problems)
}
