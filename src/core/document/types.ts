import type { CellPath } from '../template/types'

/**
 * The report as renderer-neutral blocks: the preview and the .docx both draw this, so they cannot
 * disagree about what is printed. Text is final (numbers formatted, numbering added); renderers only
 * choose fonts and geometry (see page-style.ts and fonts.ts).
 */
export interface DocModel {
  /** the two centred title lines: the agency name, then 「YYYY年政府信息公开工作年度报告」 */
  readonly title: { readonly agency: string; readonly line: string }
  /** one line at the very top of a draft: 「【草稿】本文件尚有N处错误未改正，…」 */
  readonly draftMark?: string
  readonly blocks: readonly DocBlock[]
}

/** 一、 headings are level 1 (黑体), （一） headings level 2 (楷体); both 3号 (GB/T 9704 §7.3.3). */
export interface DocHeading {
  readonly kind: 'heading'
  readonly level: 1 | 2
  readonly text: string
}

/** A body paragraph: 仿宋 3号, first line indented two characters. */
export interface DocParagraph {
  readonly kind: 'paragraph'
  readonly text: string
}

/** header: column headings, the corner note and 表二's band titles; label: row labels; number: values */
export type DocCellRole = 'header' | 'label' | 'number'

export interface DocTableCell {
  readonly text: string
  readonly role: DocCellRole
  readonly rowSpan: number
  readonly colSpan: number
  readonly align: 'left' | 'center'
  /** the value's address, on number cells only */
  readonly path?: CellPath
}

export interface DocTableRow {
  /** a header row: repeated at the top of each page the table runs onto */
  readonly header: boolean
  /** merged cells in reading order; a cell covered by a rowSpan from above is left out (as in HTML) */
  readonly cells: readonly DocTableCell[]
}

/** One of the official tables, cell for cell as its layout (src/core/layout) lays it out. */
export interface DocTable {
  readonly kind: 'table'
  readonly tableId: string
  /** how people call it: 表三 (not printed) */
  readonly name: string
  /** width of each grid column in twips; they add up to the 156 mm text block (TEXT_WIDTH_TWIPS) */
  readonly columnWidths: readonly number[]
  readonly rows: readonly DocTableRow[]
}

export type DocBlock = DocHeading | DocParagraph | DocTable
