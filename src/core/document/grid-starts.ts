import type { DocTableRow } from './types'

/**
 * Each cell's first grid column, with HTML's rule that a cell covered by a rowSpan from above is left
 * out of its row. The .docx (gridSpan/vMerge) and the preview's table splitting both place cells by it.
 */
export function gridStarts(rows: readonly DocTableRow[]): number[][] {
  const covered: number[] = []
  return rows.map((row) => {
    const starts: number[] = []
    let col = 0
    for (const cell of row.cells) {
      while ((covered[col] ?? 0) > 0) col += 1
      starts.push(col)
      for (let c = col; c < col + cell.colSpan; c += 1) covered[c] = cell.rowSpan
      col += cell.colSpan
    }
    for (let c = 0; c < covered.length; c += 1) covered[c] = Math.max(0, (covered[c] ?? 0) - 1)
    return starts
  })
}
