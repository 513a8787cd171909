import type { DocTableCell, DocTableRow } from '../../core/document/types'

/**
 * Cutting a table between rows. A row never splits, but a merged label (表三's 「三、本年度办理结果」
 * spans 22 rows) does: the part above the break keeps the label over its rows, and the part below
 * gets a cell with the rest of the span and the label repeated, so a reader of the second page still
 * sees which group the rows belong to. Word leaves the continued cell empty; repeating it is our choice.
 */

export interface RowSlice {
  readonly rows: DocTableRow[]
  /** a row span was shortened or carried in: the rows may lay out taller than measured */
  readonly cut: boolean
}

const withSpan = (cell: DocTableCell, rowSpan: number): DocTableCell =>
  rowSpan === cell.rowSpan ? cell : { ...cell, rowSpan }

/**
 * Rows [from, to) as a table of their own: spans running past `to` end there, and cells reaching into
 * `from` from above are repeated at `from`, in their grid column, with the rest of their span.
 * `starts` is gridStarts(rows).
 */
export function sliceRows(rows: readonly DocTableRow[], starts: readonly number[][], from: number, to: number): RowSlice {
  let cut = false
  const out: DocTableRow[] = []
  for (let r = from; r < to; r += 1) {
    const row = rows[r]
    if (!row) break
    const placed: { start: number; cell: DocTableCell }[] = []
    if (r === from) {
      for (let above = 0; above < from; above += 1) {
        rows[above]?.cells.forEach((cell, i) => {
          const end = above + cell.rowSpan
          if (end <= from) return
          placed.push({ start: starts[above]?.[i] ?? 0, cell: withSpan(cell, Math.min(end, to) - from) })
          cut = true
        })
      }
    }
    row.cells.forEach((cell, i) => {
      const span = Math.min(cell.rowSpan, to - r)
      if (span !== cell.rowSpan) cut = true
      placed.push({ start: starts[r]?.[i] ?? 0, cell: withSpan(cell, span) })
    })
    placed.sort((a, b) => a.start - b.start)
    out.push({ header: row.header, cells: placed.map((p) => p.cell) })
  }
  return { rows: out, cut }
}
