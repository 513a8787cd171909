/** Raw text of every numeric cell, as typed: table → row → column → text. '' means not filled yet. */
export type CellTexts = Record<string, Record<string, Record<string, string>>>

export const UNIT_TYPES = { department: '部门', government: '人民政府' } as const
export type UnitType = keyof typeof UNIT_TYPES

/** A sub-section of part 一: （一）主动公开 … */
export interface Subsection {
  readonly id: string
  readonly title: string
  readonly body: string
  /** the template topic it was created for, if any */
  readonly topicId?: string
}

/** Everything the user writes in one report; what a draft stores and a data package carries. */
export interface ReportContent {
  readonly agency: string
  readonly year: number
  readonly unitType: UnitType
  readonly opening: string
  readonly overview: readonly Subsection[]
  readonly problems: string
  readonly other: string
  readonly cells: CellTexts
  /** ids of the tables whose totals the user types instead of having them computed */
  readonly manualTotals: readonly string[]
  /** a 汇总 report: the subordinate units whose reports were summed into it (optional: older drafts lack it) */
  readonly units?: readonly { readonly agency: string; readonly year: number; readonly fingerprint?: string }[]
}
