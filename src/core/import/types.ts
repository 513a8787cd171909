/** What the importer gives back: content ready for a draft, where every value came from, and findings. */
import type { EngineRuleId } from '../rules/rule-ids'
import type { CellPath, ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'

/** How a cell's value was obtained. */
export type ProvenanceHow = 'read' | 'blank' | 'placeholder' | 'summed' | 'missing'

/** The evidence for one value: shown on the review screen and by the audit. */
export interface CellProvenance {
  /** where in the source, in Chinese: 「第2个表格第5行」, 「第六部分」 */
  readonly where: string
  /** the official table (or part) it belongs to: 表三 */
  readonly table: string
  /** the row label as printed (sub-rows joined with 「+」) */
  readonly rowLabel: string
  /** the column label as printed */
  readonly columnLabel: string
  /** the text as printed, before normalizeCell */
  readonly raw: string
  readonly how: ProvenanceHow
}

/** Cell path → evidence; a plain object so that it survives structured cloning. */
export type Provenance = Record<string, CellProvenance>

export type FindingKind =
  /** a cell read leniently, blank, summed, not found or not a number */
  | 'cell'
  /** a row or column that is not in the official format (rule S-2) */
  | 'structure'
  /** text or a table that belongs to no part */
  | 'unrecognised'
  /** format or year */
  | 'format'
  /** title, headings and narrative parts */
  | 'text'

export interface Finding {
  readonly kind: FindingKind
  readonly severity: 'error' | 'warning' | 'info'
  /** in Chinese */
  readonly message: string
  /** the cell it concerns */
  readonly path?: CellPath
  /** the spec rule, e.g. S-2 */
  readonly ruleId?: EngineRuleId
}

export interface ImportOutcome {
  readonly template: ReportTemplate
  readonly content: ReportContent
  readonly provenance: Provenance
  readonly findings: readonly Finding[]
  /** the year was not in the title: taken from the statistics period or the text, or guessed */
  readonly yearNeedsConfirmation: boolean
}
