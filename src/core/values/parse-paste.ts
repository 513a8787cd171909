/**
 * Clipboard text from Excel, WPS or a Word table → a block of raw cell strings, and the placement of
 * that block onto a grid of inputs. Cell texts are returned as copied; normalizeCell reads them later.
 */

/** More than any report table has; stops a stray paste of a whole sheet from freezing the form. */
export const MAX_PASTE_ROWS = 500
export const MAX_PASTE_COLUMNS = 100

/** A quoted cell longer than this is not an Excel quote but a stray '"'; bounds the look-ahead. */
const MAX_QUOTED_LENGTH = 10_000

const DELIMITER = /[\t\r\n]/g

/**
 * Tries to read an Excel-style quoted cell ("a""b" → a"b, may span lines) starting at `start`.
 * Returns the cell and the index after its closing quote, or undefined when the text does not close
 * the quote right before a TAB, a line break or the end: then the quote is just part of the text.
 */
function readQuoted(text: string, start: number): { cell: string; end: number } | undefined {
  const limit = Math.min(text.length, start + MAX_QUOTED_LENGTH)
  let cell = ''
  let from = start + 1
  for (;;) {
    const q = text.indexOf('"', from)
    if (q < 0 || q >= limit) return undefined
    if (text[q + 1] === '"') {
      cell += `${text.slice(from, q)}"`
      from = q + 2
      continue
    }
    const next = text[q + 1]
    if (next !== undefined && next !== '\t' && next !== '\r' && next !== '\n') return undefined
    return { cell: cell + text.slice(from, q), end: q + 1 }
  }
}

/**
 * Splits clipboard text into rows (CRLF, LF or CR) and cells (TAB). One trailing line break, as
 * Excel adds, does not make an extra row. Rows beyond 500 and columns beyond 100 are ignored.
 *
 * @example
 * parsePasteBlock('1\t2\r\n3\t4\r\n') // [['1', '2'], ['3', '4']]
 * parsePasteBlock('"a\nb"\t"x""y"')    // [['a\nb', 'x"y']]
 */
export function parsePasteBlock(text: string): string[][] {
  if (typeof text !== 'string') return []
  const src = text.replace(/(?:\r\n|\r|\n)$/, '')
  if (src === '') return []
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (rows.length < MAX_PASTE_ROWS) {
    let cell: string
    const quoted = src[i] === '"' ? readQuoted(src, i) : undefined
    if (quoted) {
      cell = quoted.cell
      i = quoted.end
    } else {
      DELIMITER.lastIndex = i
      const end = DELIMITER.exec(src)?.index ?? src.length
      cell = src.slice(i, end)
      i = end
    }
    if (row.length < MAX_PASTE_COLUMNS) row.push(cell)
    const sep = src[i]
    if (sep === '\t') {
      i += 1
      continue
    }
    rows.push(row)
    row = []
    if (sep === undefined) break
    i += sep === '\r' && src[i + 1] === '\n' ? 2 : 1
  }
  return rows
}

/** Where each pasted text goes, and how many texts fell outside the grid. */
export interface PastePlacement<T> {
  placed: { target: T; text: string }[]
  dropped: number
}

/**
 * Lays `block` onto `grid` (rows of targets, possibly ragged) with its top-left cell at `start`.
 * Texts that land outside the grid are counted in `dropped` so the UI can say so.
 */
export function pasteTargets<T>(
  grid: readonly (readonly T[])[],
  start: { row: number; col: number },
  block: string[][],
): PastePlacement<T> {
  const placed: { target: T; text: string }[] = []
  let dropped = 0
  block.forEach((cells, r) => {
    const gridRow = grid[start.row + r]
    cells.forEach((text, c) => {
      const col = start.col + c
      // index checks rather than `!== undefined`, so a grid of optional targets still works
      if (gridRow !== undefined && Number.isInteger(start.row) && Number.isInteger(col) && col >= 0 && col < gridRow.length) {
        placed.push({ target: gridRow[col] as T, text })
      } else {
        dropped += 1
      }
    })
  })
  return { placed, dropped }
}
