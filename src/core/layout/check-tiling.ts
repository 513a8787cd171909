import type { TableLayout } from './types'

/** Places every cell on the grid; returns what does not tile (overlaps, gaps, overflow). */
export function checkTiling(layout: TableLayout): string[] {
  const problems: string[] = []
  const taken: boolean[][] = layout.rows.map(() => Array.from({ length: layout.gridColumns }, () => false))
  layout.rows.forEach((row, r) => {
    let c = 0
    for (const cell of row.cells) {
      while (c < layout.gridColumns && taken[r]?.[c]) c++
      const label = cell.kind === 'text' ? `「${cell.text}」` : cell.path
      if (c + cell.colSpan > layout.gridColumns || r + cell.rowSpan > layout.rows.length) {
        problems.push(`${label} 在第${r + 1}行超出表格范围：检查 colSpan/rowSpan`)
        return
      }
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = taken[r + dr]
          if (!line) continue
          if (line[c + dc]) problems.push(`${label} 与第${r + dr + 1}行第${c + dc + 1}列的单元格重叠`)
          line[c + dc] = true
        }
      }
      c += cell.colSpan
    }
  })
  taken.forEach((line, r) => {
    const gaps = line.map((t, c) => (t ? -1 : c)).filter((c) => c >= 0)
    if (gaps.length) problems.push(`${layout.tableId} 第${r + 1}行第${gaps.map((g) => g + 1).join('、')}列没有单元格：各行的跨度应铺满${layout.gridColumns}列`)
  })
  if (layout.columnWidths.length !== layout.gridColumns) {
    problems.push(`${layout.tableId} 的 columnWidths 有${layout.columnWidths.length}项，表格有${layout.gridColumns}列`)
  }
  return problems
}
