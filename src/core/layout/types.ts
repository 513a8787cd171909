import type { CellKind, CellPath } from '../template/types'

export type HeaderRole = 'corner' | 'columnHeader' | 'rowHeader' | 'band'

/** A printed label cell of the official table. */
export interface LayoutTextCell {
  readonly kind: 'text'
  readonly role: HeaderRole
  readonly text: string
  readonly rowSpan: number
  readonly colSpan: number
}

/** A numeric cell: an input in the form, a number in the preview and the .docx. */
export interface LayoutInputCell {
  readonly kind: 'input'
  readonly path: CellPath
  readonly cellKind: CellKind
  readonly rowSpan: 1
  readonly colSpan: number
  /** row labels from the outermost group to the row itself, as printed */
  readonly rowLabels: readonly string[]
  /** column labels from the outermost group to the column itself, as printed */
  readonly columnLabels: readonly string[]
}

export type LayoutCell = LayoutTextCell | LayoutInputCell

export interface LayoutRow {
  readonly cells: readonly LayoutCell[]
  /** a header row: repeated on each page in the .docx */
  readonly header: boolean
}

/** A table as a grid of merged cells: what the form, the preview and the .docx all draw. */
export interface TableLayout {
  readonly tableId: string
  readonly gridColumns: number
  readonly rows: readonly LayoutRow[]
  /** the input paths row by row, in reading order: keyboard navigation and paste use it */
  readonly inputGrid: readonly (readonly CellPath[])[]
  /** relative widths of the grid columns */
  readonly columnWidths: readonly number[]
}
