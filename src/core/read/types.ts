/**
 * The neutral document every source becomes (.docx, saved web page, PDF, pasted text): paragraphs, and
 * tables as expanded grids. Readers produce it without a DOM (they run in the main thread, in Web Workers
 * and in node); the importer (`src/core/import`) matches it against a template.
 *
 * @example
 * const doc: ReadDocument = { source: 'docx', blocks: [
 *   { kind: 'paragraph', text: '一、总体情况', where: '第3段' },
 *   { kind: 'table', where: '第1个表格', rows: [[{ text: '信息内容', origin: true }, …]] },
 * ], notices: [] }
 */

export type SourceKind = 'docx' | 'html' | 'pdf' | 'text'

/** One paragraph (or, for a PDF, one rebuilt line). `where` says where it is in the source, in Chinese. */
export interface ReadParagraph {
  readonly kind: 'paragraph'
  readonly text: string
  /** e.g. 「第12段」, 「第2页第5行」 */
  readonly where: string
}

/**
 * One slot of an expanded grid. A merged cell (gridSpan / vMerge / colspan / rowspan) fills every slot it
 * covers with the same text: `origin` is true only in its top-left slot. Text keeps the cell's paragraphs
 * joined by '\n' (a `<br>` or a second `w:p`), unnormalised: numbers are read by `normalizeCell` later.
 */
export interface ReadCell {
  readonly text: string
  readonly origin: boolean
}

/** A table as a rectangular grid: every row has the same number of slots (short rows padded with ''). */
export interface ReadTable {
  readonly kind: 'table'
  readonly rows: readonly (readonly ReadCell[])[]
  /** e.g. 「第2个表格」, 「第3页」 */
  readonly where: string
}

export type ReadBlock = ReadParagraph | ReadTable

export interface ReadDocument {
  readonly source: SourceKind
  readonly blocks: readonly ReadBlock[]
  /** in Chinese: what was read leniently (e.g. 「按GBK编码读取」) */
  readonly notices: readonly string[]
}

/** A file that could not be read at all, with a message for the user in Chinese (never an exception). */
export interface ReadFailure {
  readonly ok: false
  readonly message: string
}

export type ReadResult = { readonly ok: true; readonly document: ReadDocument } | ReadFailure
