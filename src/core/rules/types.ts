import type { CellPath, Severity } from '../template/types'
import type { DeclaredRuleId, RuleId } from './rule-ids'

/** A text field of the report, for problems that are not about a table cell. */
export type FieldRef = 'agency' | 'year' | 'opening' | 'overview' | 'problems' | 'other' | `overview.${string}`

/** One thing wrong with a report: data, so the form, the download gate and imports all show the same. */
export interface Problem {
  /** unique within one evaluation */
  readonly key: string
  /** catalogue id of the rule (spec §4): declared by the template (T3-1) or the engine's own (S-4); see rule-ids.ts */
  readonly ruleId: RuleId
  readonly severity: Severity
  /** the part it belongs to, for grouping */
  readonly partId: string
  /** the cells involved; the first one is where the user should look */
  readonly cells: readonly CellPath[]
  /**
   * The table (or field group, such as part 六's 信息处理费 figures) the first cell lies in, as
   * `CellInfo.tableId`; absent when the problem names no cell.
   */
  readonly tableId?: string
  /** a text field instead of cells */
  readonly field?: FieldRef
  /** plain Chinese, with the numbers on both sides and the difference */
  readonly message: string
}

/** Where a template rule's problems come from: the same for every problem of the rule, worked out once. */
export interface RuleOrigin {
  readonly ruleId: DeclaredRuleId
  /** the part its first cell belongs to, for grouping */
  readonly partId: string
  /** the table (or field group) of its first cell */
  readonly tableId?: string
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
  /** blank numeric cells (what rule S-4 lists, table by table) */
  readonly blankCellCount: number
}
