import type { DocFonts } from '../../core/document/fonts'
import type { DocHeading, DocModel, DocTable, DocTableRow } from '../../core/document/types'

/** The draft line at the very top of page 1. */
export interface DraftPiece {
  readonly kind: 'draft'
  readonly text: string
}

/** The centred title block: the agency, the report line, one blank line. */
export interface TitlePiece {
  readonly kind: 'title'
  readonly agency: string
  readonly line: string
}

/** A paragraph, or the part of it on one page. */
export interface ParagraphPiece {
  readonly kind: 'paragraph'
  readonly text: string
  /** the paragraph's beginning: only it has the first-line indent */
  readonly first: boolean
  /** the paragraph's end: a part that runs on has its last line justified like any full line */
  readonly last: boolean
}

/** A table, or the rows of it on one page, under its header rows. */
export interface TablePiece {
  readonly kind: 'table'
  readonly table: DocTable
  /** the table's header rows: its own on the first part, repeated on each later part */
  readonly head: readonly DocTableRow[]
  /** body rows, with row spans cut at the part's edges */
  readonly rows: readonly DocTableRow[]
  readonly continued: boolean
}

export type PageBlock = DraftPiece | TitlePiece | DocHeading | ParagraphPiece | TablePiece

export interface Page {
  readonly blocks: readonly PageBlock[]
}

/** A block as laid out whole, in CSS px. */
export interface BlockMetrics {
  readonly height: number
  /** paragraphs: the number of lines */
  readonly lines?: number
  /** tables: the height of each row, header rows first; the rest of `height` is borders */
  readonly rows?: readonly number[]
}

/** One measuring session over a flow: heights read in one pass, the rest asked only for splits. */
export interface Measurement {
  readonly blocks: readonly BlockMetrics[]
  /** where line `line` (1 … lines − 1) of the paragraph at flow index `index` begins in its text */
  lineStart(index: number, line: number): number
  /** the height of a table part whose cut row spans may need more room than the rows measured */
  tableHeight(piece: TablePiece): number
  /** removes whatever the session put into the document */
  dispose(): void
}

/** Injected into paginate(): the DOM in the browser, a fake in tests (jsdom has no layout). */
export type Measurer = (flow: readonly PageBlock[], fonts: DocFonts) => Measurement

/** Leading rows marked header: the ones Word repeats (w:tblHeader) and so do we. */
export function headerRowCount(table: DocTable): number {
  const n = table.rows.findIndex((r) => !r.header)
  return n === -1 ? table.rows.length : n
}

/** The document as one unbroken flow of whole blocks, in print order (as docxChildren writes it). */
export function flowOf(model: DocModel): PageBlock[] {
  const flow: PageBlock[] = []
  if (model.draftMark) flow.push({ kind: 'draft', text: model.draftMark })
  flow.push({ kind: 'title', agency: model.title.agency, line: model.title.line })
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') flow.push({ kind: 'paragraph', text: b.text, first: true, last: true })
    else if (b.kind === 'heading') flow.push(b)
    else {
      const n = headerRowCount(b)
      flow.push({ kind: 'table', table: b, head: b.rows.slice(0, n), rows: b.rows.slice(n), continued: false })
    }
  }
  return flow
}
