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
  /** last year's report, the comparison basis of the cross-year checks (spec §4.5); absent: none attached */
  readonly basis?: Basis
  /** sentences drafted from the tables and inserted on request, tracked until edited by hand */
  readonly drafted?: readonly DraftedSentence[]
  /** a 汇总 report: the subordinate units whose reports were summed into it (optional: older drafts lack it) */
  readonly units?: readonly { readonly agency: string; readonly year: number; readonly fingerprint?: string }[]
}

/** Last year's report as this year's comparison basis: its figures and texts, frozen when attached. */
export interface Basis {
  /** ReportTemplate.id of last year's format */
  readonly formatId: string
  readonly year: number
  readonly agency: string
  /** every cell's figure as last year's report gave it, computed totals included */
  readonly cells: CellTexts
  readonly overview: readonly Pick<Subsection, 'title' | 'body' | 'topicId'>[]
  readonly problems: string
  readonly other: string
  /** where it came from, for the user: a draft's name or a file's name */
  readonly source: string
}

/** What a drafted sentence is about; each kind has one generator. */
export type SentenceKind = 'applications' | 'review' | 'proactive'

/** An inserted sentence: where it went and its exact text, to tell when the tables no longer match it. */
export interface DraftedSentence {
  readonly kind: SentenceKind
  /** the part 一 sub-section it was inserted into (Subsection.id) */
  readonly field: string
  readonly text: string
}
