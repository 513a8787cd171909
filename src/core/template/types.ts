import type { SentenceKind } from '../values/types'

/**
 * The template language: a report format described as data.
 *
 * A template lists the six mandated parts in order, the statistical tables with their exact labels and
 * merged headers, and the 勾稽 rules over their cells. The form, the rule engine, the zod schema, the
 * preview and the .docx are all derived from it, so they cannot disagree.
 *
 * @example
 * const t3: GridTable = {
 *   kind: 'grid', id: 't3', name: '表三',
 *   corner: '（本列数据的勾稽关系为：…）',
 *   columns: [group('申请人情况', [col('natural_person', '自然人'), …])],
 *   rows: [row('new_received', '一、本年新收政府信息公开申请数量'), …],
 * }
 */

/** What a numeric cell accepts. */
export const CELL_KINDS = {
  /** non-negative integer (件数) */
  count: 'count',
  /** integer that may be negative (2019 本年增/减) */
  signedCount: 'signedCount',
  /** non-negative decimal in 万元, up to 4 decimal places */
  wanYuan: 'wanYuan',
  /** non-negative decimal in 元, up to 2 decimal places (信息处理费) */
  yuan: 'yuan',
} as const
export type CellKind = (typeof CELL_KINDS)[keyof typeof CELL_KINDS]

/** `table.row.column`: the one spelling of a cell's address, built by `cellPath`. */
export type CellPath = string & { readonly __brand: 'CellPath' }

/** A leaf column: one numeric input per data row. */
export interface ColumnLeaf {
  readonly kind: 'column'
  readonly id: string
  readonly label: string
  /** defaults to `count` */
  readonly cellKind?: CellKind
}

/** A header cell spanning the columns below it. */
export interface ColumnGroup {
  readonly kind: 'columnGroup'
  readonly label: string
  readonly children: readonly ColumnNode[]
}
export type ColumnNode = ColumnLeaf | ColumnGroup

/** A data row: one input per leaf column. */
export interface RowLeaf {
  readonly kind: 'row'
  readonly id: string
  readonly label: string
  /** a short hint shown in the form (not printed) */
  readonly hint?: string
}

/** A label cell spanning the rows below it (e.g. 「三、本年度办理结果」, rowspan 22). */
export interface RowGroup {
  readonly kind: 'rowGroup'
  readonly label: string
  readonly children: readonly RowNode[]
}
export type RowNode = RowLeaf | RowGroup

/** A table with a column tree and a row tree (表三, 表四). */
export interface GridTable {
  readonly kind: 'grid'
  readonly id: string
  /** how people call it: 表三 */
  readonly name: string
  /** text of the top-left header cell spanning the row-label columns and the header rows */
  readonly corner?: string
  readonly columns: readonly ColumnNode[]
  readonly rows: readonly RowNode[]
  /** 表四 has one data row and no row-label column */
  readonly hideRowLabels?: boolean
  /** relative widths of the grid columns (row-label columns first), scaled to the text block */
  readonly columnWidths?: readonly number[]
  /** how wide the form draws it on screen (default `normal`); 表四's fifteen columns need `wide` */
  readonly screenWidth?: ScreenWidth
}

/** On-screen widths of a table in the form; each is a class `report-table-<width>` in the app's styles. */
export const SCREEN_WIDTHS = ['normal', 'wide'] as const
export type ScreenWidth = (typeof SCREEN_WIDTHS)[number]

/** One column of a band in a banded table; `span` grid columns wide (default 1). */
export interface BandColumn {
  readonly id: string
  readonly label: string
  readonly cellKind?: CellKind
  readonly span?: number
}

/** A 「第二十条第（X）项」 band: a title row, a header row, then data rows. */
export interface Band {
  readonly label: string
  /** the label of the row-label column in the header row: 信息内容 */
  readonly headLabel: string
  readonly columns: readonly BandColumn[]
  readonly rows: readonly RowLeaf[]
}

/** A table made of bands that share one grid (表二). */
export interface BandedTable {
  readonly kind: 'banded'
  readonly id: string
  readonly name: string
  /** number of data grid columns; every band's column spans add up to it */
  readonly dataColumns: number
  readonly bands: readonly Band[]
  readonly columnWidths?: readonly number[]
  readonly screenWidth?: ScreenWidth
}

export type TableDef = GridTable | BandedTable

/** A numeric field outside the tables (the 信息处理费 figures of part 六). */
export interface FieldDef {
  readonly id: string
  readonly label: string
  readonly cellKind: CellKind
  /** unit printed after the number: 件, 元 */
  readonly unit: string
  /** how the importer finds the figure in a published part 六 (absent: never read) */
  readonly read?: FieldReading
}

/**
 * Where a figure stands in published prose: the text is cut into clauses at 。；，, and the first clause
 * that matches `clause` (and not `unless`) gives the number before the field's unit (an amount in 万元 is
 * converted to 元). RegExp sources, flag u; checked by checkTemplate.
 */
export interface FieldReading {
  readonly clause: string
  readonly unless?: string
  /** only in or after a clause matching this (e.g. a 「总金额」 clause after 「收费通知」) */
  readonly after?: string
  /** read as 0 when this other field reads 0 (no notice sent: nothing notified) */
  readonly zeroWith?: string
}

/**
 * The 信息处理费 figures of part 六 and the sentence printed from them (国办函〔2020〕109号). `{id}` in
 * `sentence` is the figure of field `id`; `allZero` is printed instead when every figure is 0.
 */
export interface FeeFields {
  /** the form's caption for the figures */
  readonly title: string
  readonly group: string
  readonly fields: readonly FieldDef[]
  readonly sentence: string
  readonly allZero: string
  /** a RegExp source matched against the whole part on import: every figure is 0 (「…均为0」) */
  readonly readAllZero?: string
  /** a RegExp source: no fee arose, so each figure not read is 0, with a notice (「未发生收费」) */
  readonly readNone?: string
}

/** A sub-section of part 一 that the format requires. */
export interface Topic {
  readonly id: string
  readonly title: string
  /** what to write about, shown as a placeholder */
  readonly prompt: string
  /** the sentences drafted from the tables that the editor offers in this sub-section */
  readonly sentences?: readonly SentenceKind[]
  /** words that link a published sub-heading to this topic on import (default: the title) */
  readonly keywords?: readonly string[]
}

/** How published reports print a part's heading: accepted on import, never generated (spec §2.1, Q8). */
export interface HeadingVariants {
  /** other wordings of the whole heading */
  readonly variants?: readonly string[]
  /** words that all appear in a numbered heading worded differently */
  readonly keywords?: readonly string[]
}

/** Part 一: sub-sections with a title and a text. */
export interface OverviewPart extends HeadingVariants {
  readonly kind: 'overview'
  readonly id: string
  readonly heading: string
  readonly topics: readonly Topic[]
  /** extra content required of 人民政府 reports (Art. 50(四)) */
  readonly governmentTopic?: Topic
}

export interface TablePart extends HeadingVariants {
  readonly kind: 'table'
  readonly id: string
  readonly heading: string
  readonly table: TableDef
}

/** A free-text part (五). */
export interface TextPart extends HeadingVariants {
  readonly kind: 'text'
  readonly id: string
  readonly heading: string
  readonly prompt: string
}

/** Part 六: optional fee fields producing the standard sentence, then free text. */
export interface OtherPart extends HeadingVariants {
  readonly kind: 'other'
  readonly id: string
  readonly heading: string
  readonly prompt: string
  /** the 信息处理费 figures (2021 format); absent in the 2019 format */
  readonly fees?: FeeFields
}

export type Part = OverviewPart | TablePart | TextPart | OtherPart

export type Severity = 'error' | 'warning'

/** One side of an equality: the sum of its cells, with the words used in messages. */
export interface RuleSide {
  /** e.g. 「一+二」 or 「三（七）+四」 */
  readonly label: string
  readonly cells: readonly CellPath[]
}

/**
 * sum(left) = sum(right). With `computes`, the left side is one total cell that the app fills from
 * the right side unless its table is switched to manual totals.
 */
export interface SumRule {
  readonly kind: 'sum'
  /** the catalogue id, e.g. T3-1; shared by all instances of the rule */
  readonly id: string
  /** unique per instance, e.g. T3-1/natural_person */
  readonly key: string
  readonly severity: Severity
  /** what the instance is about, e.g. the column label 「自然人」 */
  readonly subject: string
  /** the rule in plain Chinese, e.g. 「一+二应等于三（七）+四」 */
  readonly statement: string
  readonly left: RuleSide
  readonly right: RuleSide
  readonly computes?: boolean
}

/** Warn when `cell` is 0 while `positive` is above 0 (e.g. 现行有效件数 0 but 本年废止件数 > 0). */
export interface ZeroWhilePositiveRule {
  readonly kind: 'zeroWhilePositive'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  readonly cell: CellPath
  readonly positive: CellPath
  readonly message: string
}

/** Warn when a value exceeds a plausible size (e.g. a 万元 figure that looks like 元). */
export interface AtMostRule {
  readonly kind: 'atMost'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  readonly cell: CellPath
  readonly max: number
  readonly message: string
}

/** Warn when `cell` > 0 but `requires` is 0 (T3-6: 逾期未缴费 > 0 yet no fee notice reported). */
export interface ImpliesRule {
  readonly kind: 'implies'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  readonly cell: CellPath
  readonly requires: CellPath
  readonly message: string
}

/**
 * Narrative ↔ table (spec §4.6): the written parts must not contradict the tables. `pattern` is matched
 * against the opening and parts 一、五、六; with `expect: 'equals'` its first group is a number that must
 * equal the sum of `cells`, with `expect: 'zero'` a match means the cells must sum to 0.
 */
export interface TextRule {
  readonly kind: 'text'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  /** a RegExp source (flag u); checked by checkTemplate */
  readonly pattern: string
  readonly expect: 'equals' | 'zero'
  readonly cells: readonly CellPath[]
  /** what the cells are, for the message: 表三“一、本年新收”总计 */
  readonly subject: string
}

/**
 * Terms of one side of a cross-year equality: this year's cells added, this year's cells subtracted,
 * and last year's cells (from the report attached as the basis) added.
 */
export interface YearSide {
  /** e.g. 「本年“二、上年结转”」 */
  readonly label: string
  readonly cells?: readonly CellPath[]
  readonly minus?: readonly CellPath[]
  readonly lastYear?: readonly CellPath[]
}

/**
 * Cross-year check (spec §4.5 ): left = right, where a side may read last year's report.
 * Silent without a basis of the year before, or while a cell on either side is not filled: a 2020
 * report has no 现行有效件数, so X-2 cannot be judged across the format switch.
 */
export interface CrossYearRule {
  readonly kind: 'crossYear'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  readonly subject: string
  readonly statement: string
  readonly left: YearSide
  readonly right: YearSide
}

/**
 * A reminder about last year's figures: shown at `cells` when the sum of last year's `lastYear`
 * cells is above 0. `{n}` in the message is that sum.
 */
export interface LastYearHintRule {
  readonly kind: 'lastYearHint'
  readonly id: string
  readonly key: string
  readonly severity: Severity
  readonly lastYear: readonly CellPath[]
  readonly cells: readonly CellPath[]
  readonly message: string
}

export type Rule = SumRule | ZeroWhilePositiveRule | AtMostRule | ImpliesRule | TextRule | CrossYearRule | LastYearHintRule

export interface YearRange {
  readonly from: number
  /** inclusive; absent for the current format */
  readonly to?: number
}

/** A figure named in a drafted sentence or found in the text: its words and the cells it sums. */
export interface Figure {
  readonly label: string
  readonly cells: readonly CellPath[]
}

/** One group of 表四 for the drafted sentence: its total and its outcomes. */
export interface ReviewGroup {
  readonly label: string
  readonly total: CellPath
  readonly outcomes: readonly Figure[]
}

/**
 * One clause of the 表二 sentence: `{name}` is replaced by the figure of `cells[name]`, `[…]` is kept
 * only when last year's report is attached, and `{last:name}` is last year's figure of that cell.
 */
export interface ClauseTemplate {
  readonly text: string
  readonly cells: Readonly<Record<string, CellPath>>
  /** left out when every figure is 0 (e.g. 规章 of an agency without rule-making power) */
  readonly skipIfZero?: boolean
}

/** Where the sentences drafted from the tables take their figures (year-over-year). */
export interface SentenceSources {
  readonly applications: {
    readonly received: CellPath
    readonly carriedOver: CellPath
    readonly done: CellPath
    readonly carriedForward: CellPath
    /** the outcome categories in the order the sentence names them; they add up to `done` */
    readonly outcomes: readonly Figure[]
  }
  readonly review: readonly ReviewGroup[]
  readonly proactive: readonly ClauseTemplate[]
}

export interface ReportTemplate {
  /** stable id written into saved drafts and data packages */
  readonly id: string
  /** bumped when the template changes in a way that needs a draft migration */
  readonly version: number
  /** e.g. 2021年版格式（国办公开办函〔2021〕30号） */
  readonly title: string
  readonly years: YearRange
  /** the six parts in the mandated order */
  readonly parts: readonly Part[]
  readonly rules: readonly Rule[]
  /** figures for the sentences drafted from the tables; absent: none offered */
  readonly sentences?: SentenceSources
}
