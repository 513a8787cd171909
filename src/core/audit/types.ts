import type { CellPath, Severity } from '../template/types'
import type { ReportContent } from '../values/types'

/** How much of a report could be read: 完整, 部分 (tables or cells missing), 无法读取. */
export type ReadStatus = 'complete' | 'partial' | 'unreadable'

export const READ_STATUS_TEXT: Readonly<Record<ReadStatus, string>> = {
  complete: '完整',
  partial: '部分',
  unreadable: '无法读取',
}

/** The rule families a reviewer filters by, in the order the result table shows them. */
export const FAMILIES = ['表三', '表四', '表二', '结构', '文字', '跨年度'] as const
export type Family = (typeof FAMILIES)[number]

/** Where a figure came from in the source file: what the importer's provenance says about a cell. */
export interface Evidence {
  readonly cell: CellPath
  /** the cell as printed: 表三「1.属于国家秘密」「商业企业」 */
  readonly label: string
  /** the text as found in the source, '' when nothing was there */
  readonly raw: string
  /** in Chinese: 「第2个表格第5行」, 「第3页」 */
  readonly where: string
}

export interface AuditProblem {
  readonly key: string
  readonly ruleId: string
  readonly severity: Severity
  readonly family: Family
  readonly message: string
  readonly cells: readonly CellPath[]
  /** the printed labels of `cells` (at most a few: a blank-cell problem may name dozens) */
  readonly cellLabels: readonly string[]
  readonly evidence: readonly Evidence[]
}

/** What kind of input a row came from. */
export type SourceKind = 'package' | 'draft' | 'docx' | 'html' | 'pdf' | 'text' | 'zip' | 'unknown'

/** One report of a batch (or one file that could not be read): a row of the result table. */
export interface AuditRow {
  /** unique within the batch */
  readonly id: string
  /** the file name, with the path inside a .zip: 「区县.zip/财政局/2024.docx」 */
  readonly source: string
  readonly kind: SourceKind
  readonly status: ReadStatus
  /** why it is 部分 or 无法读取, in Chinese */
  readonly reason: string
  readonly agency: string
  readonly year: number | null
  readonly formatId: string | null
  readonly formatTitle: string
  readonly errors: number
  readonly warnings: number
  readonly families: Readonly<Record<Family, number>>
  readonly problems: readonly AuditProblem[]
  /** SHA-256 of the canonical content, hex; null when nothing was read, or not asked for (the command line without --out) */
  readonly fingerprint: string | null
  /** set by markDuplicates: the other rows with the same agency and year */
  readonly duplicateOf?: readonly string[]
  /** kept for the detail view and 汇总 in the browser; the command line drops it */
  readonly content?: ReportContent
  /** the year of the comparison basis the report was audited with (its own, or last year's from the batch) */
  readonly basisYear?: number
}

export function emptyFamilies(): Record<Family, number> {
  return { 表三: 0, 表四: 0, 表二: 0, 结构: 0, 文字: 0, 跨年度: 0 }
}
