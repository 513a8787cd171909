import type { CellPath, Severity } from '../template/types'

/** A text field of the report, for problems that are not about a table cell. */
export type FieldRef = 'agency' | 'year' | 'opening' | 'overview' | 'problems' | 'other' | `overview.${string}`

/** One thing wrong with a report: data, so the form, the download gate and imports all show the same. */
export interface Problem {
  /** unique within one evaluation */
  readonly key: string
  /** catalogue id of the rule (spec §4), e.g. T3-1, S-4 */
  readonly ruleId: string
  readonly severity: Severity
  /** the part it belongs to, for grouping */
  readonly partId: string
  /** the cells involved; the first one is where the user should look */
  readonly cells: readonly CellPath[]
  /** a text field instead of cells */
  readonly field?: FieldRef
  /** plain Chinese, with the numbers on both sides and the difference */
  readonly message: string
}

/** How one numeric cell reads right now. */
export type CellState =
  | { readonly status: 'blank' }
  | { readonly status: 'ok'; readonly value: number }
  | { readonly status: 'invalid'; readonly reason: string }

/** How every cell reads, by path. */
export interface CellStates {
  get(path: CellPath): CellState | undefined
}

export interface Evaluation {
  /** errors first, then warnings; within each, in document order */
  readonly problems: readonly Problem[]
  /** every numeric cell, including computed totals */
  readonly cells: CellStates
  /** cells whose value the app computes (totals of tables not switched to manual) */
  readonly computed: ReadonlySet<CellPath>
  readonly errorCount: number
  readonly warningCount: number
}
