/**
 * One page's content in reading order: its ruled tables as expanded grids (each text run put into the
 * cell its middle falls in) and its other lines, top to bottom.
 */
import type { ReadCell } from '../types'
import { buildLines, type Line } from './lines'
import type { PageContent, TextRun } from './page-content'
import { ruledTables, type RuledTable } from './ruled-tables'

export interface PageTable {
  readonly kind: 'table'
  readonly rows: ReadCell[][]
  /** column boundaries, to recognise the same table continued on the next page */
  readonly xs: readonly number[]
  readonly top: number
  /** cells that merge over several rows: their index per slot, to continue them across a page break */
  readonly cellIds: number[][]
}

export interface PageLine {
  readonly kind: 'line'
  readonly line: Line
  readonly top: number
}

export type PageBlock = PageTable | PageLine

/**
 * A table has at least two columns: a single box is a frame around text. One row is enough (the first
 * row of a table that a page break cuts off at the foot of the page).
 */
const isTable = (t: RuledTable) => t.ys.length >= 2 && t.xs.length >= 3

function slot(bounds: readonly number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const [p, q] = [bounds[i]!, bounds[i + 1]!]
    if (descending ? v <= p && v > q : v >= p && v < q) return i
  }
  return -1
}

function fillTable(table: RuledTable, runs: readonly TextRun[]): PageTable {
  const byCell = table.cells.map((): TextRun[] => [])
  for (const run of runs) {
    const r = run.y < table.ys.at(-1)! ? table.ys.length - 2 : slot(table.ys, run.y + 0.3 * run.size, true)
    const c = slot(table.xs, run.x + run.width / 2, false)
    if (r >= 0 && c >= 0) byCell[table.cellOf[r]![c]!]!.push(run)
  }
  const texts = byCell.map((cellRuns) =>
    buildLines(cellRuns)
      .map((l) => l.text)
      .join('\n'),
  )
  const rows = table.cellOf.map((row, r) =>
    row.map((k, c) => {
      const cell = table.cells[k]!
      return { text: texts[k]!, origin: cell.row === r && cell.col === c }
    }),
  )
  return { kind: 'table', rows, xs: table.xs, top: table.ys[0]!, cellIds: table.cellOf.map((row) => [...row]) }
}

/**
 * Text just below a table at the foot of a page belongs to its last row: a browser printing a page cuts
 * a row at the page's edge and lets the cell's last line run over the bottom ruling.
 */
const overflows = (t: RuledTable, run: TextRun, pageHeight = Number.POSITIVE_INFINITY) => {
  const bottom = t.ys.at(-1)!
  // at the foot of the page, at most a line below the last ruling, and within one cell of the last row
  if (bottom > 0.12 * pageHeight || run.y >= bottom || run.y + 1.6 * run.size < bottom) return false
  const c = slot(t.xs, run.x + run.width / 2, false)
  const cell = c < 0 ? undefined : t.cells[t.cellOf.at(-1)![c]!]
  return !!cell && run.x >= t.xs[cell.col]! - 1 && run.x + run.width <= t.xs[cell.colEnd]! + 1
}

const inside = (t: RuledTable, run: TextRun, pageHeight: number) => {
  const cx = run.x + run.width / 2
  const cy = run.y + 0.3 * run.size
  return (cx >= t.xs[0]! && cx <= t.xs.at(-1)! && cy <= t.ys[0]! && cy >= t.ys.at(-1)!) || overflows(t, run, pageHeight)
}

export function pageBlocks(content: PageContent): PageBlock[] {
  const tables = ruledTables(content.horizontal, content.vertical).filter(isTable)
  const loose: TextRun[] = []
  const tableRuns = tables.map((): TextRun[] => [])
  for (const run of content.runs) {
    const t = tables.findIndex((table) => inside(table, run, content.height))
    if (t >= 0) tableRuns[t]!.push(run)
    else loose.push(run)
  }
  const blocks: PageBlock[] = [
    // a ruled box with no text is no table (e.g. the empty remainder of a row a page break cut)
    ...tables.flatMap((t, i) => (tableRuns[i]!.length > 0 ? [fillTable(t, tableRuns[i]!)] : [])),
    ...buildLines(loose).map((line): PageLine => ({ kind: 'line', line, top: line.y + 0.8 * line.size })),
  ]
  return blocks.sort((p, q) => q.top - p.top)
}
