/**
 * A table that runs over a page break: the piece at the top of the next page with the same columns is
 * joined to it, without the header rows repeated there. A cell merged over rows that the break cuts
 * (e.g. 表三's 「三、本年度办理结果」) is printed on both pages; when its second piece is blank, it gets the
 * first piece's text, so every row it covers carries its label.
 */
import type { ReadCell } from '../types'
import type { PageTable } from './page-blocks'

export interface TableRun {
  rows: ReadCell[][]
  readonly xs: readonly number[]
  /** per slot, the merged cell it belongs to (ids are per page piece: offset when pieces are joined) */
  cellIds: number[][]
  readonly first: number
  last: number
  /** the table is the last thing on its last page */
  endsPage: boolean
}

/** Column boundaries of two pieces closer than this (pt) are the same table's. */
const SAME_COLUMN = 2.5

const sameText = (a: readonly ReadCell[] | undefined, b: readonly ReadCell[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((cell, i) => cell.text === b[i]!.text)

/** Both sets of column boundaries together (a piece holding only some bands of 表二 has fewer columns). */
function unionColumns(p: readonly number[], q: readonly number[]): number[] {
  const out: number[] = []
  for (const x of [...p, ...q].sort((a, b) => a - b)) if (out.length === 0 || x - out.at(-1)! > SAME_COLUMN) out.push(x)
  return out
}

/** A piece's grid over finer columns: a slot split in two keeps its text, origin only in the left one. */
function regrid(rows: readonly (readonly ReadCell[])[], ids: readonly (readonly number[])[], xs: readonly number[], to: readonly number[]) {
  const from = to.slice(0, -1).map((x, u) => {
    const middle = (x + to[u + 1]!) / 2
    const c = Math.max(0, xs.findIndex((left, i) => i + 1 < xs.length && middle >= left && middle < xs[i + 1]!))
    return { c, first: Math.abs(x - xs[c]!) <= SAME_COLUMN }
  })
  return {
    rows: rows.map((row) => from.map(({ c, first }) => ({ text: row[c]!.text, origin: row[c]!.origin && first }))),
    ids: ids.map((row) => from.map(({ c }) => row[c]!)),
  }
}

/** The run with the next page's piece joined, or undefined when the piece is another table. */
export function continueTables(run: TableRun, piece: PageTable, page: number): TableRun | undefined {
  const sameEdges = Math.abs(piece.xs[0]! - run.xs[0]!) <= SAME_COLUMN && Math.abs(piece.xs.at(-1)! - run.xs.at(-1)!) <= SAME_COLUMN
  if (!sameEdges) return undefined
  const xs = unionColumns(run.xs, piece.xs)
  const before = regrid(run.rows, run.cellIds, run.xs, xs)
  const after = regrid(piece.rows, piece.cellIds, piece.xs, xs)
  run = { ...run, rows: before.rows, cellIds: before.ids, xs }
  // header rows repeated at the top of the page
  let skip = 0
  while (skip < after.rows.length - 1 && sameText(after.rows[skip], run.rows[skip])) skip += 1
  const offset = Math.max(0, ...run.cellIds.flat()) + 1
  const rows = after.rows.slice(skip).map((row) => row.map((cell) => ({ ...cell })))
  const ids = after.ids.slice(skip).map((row) => row.map((id) => id + offset))
  const last = run.rows.length - 1
  const lastIds = run.cellIds[last] ?? []
  for (let c = 0; c < (rows[0]?.length ?? 0); c += 1) {
    const above = run.rows[last]?.[c]
    const spansRows = last > 0 && run.cellIds[last - 1]?.[c] === lastIds[c]
    const first = ids[0]?.[c]
    const blank = rows.every((row, r) => ids[r]?.[c] !== first || row[c]!.text === '')
    if (!above || above.text === '' || !spansRows || !blank || first === undefined) continue
    rows.forEach((row, r) => {
      if (ids[r]?.[c] !== first) return
      row[c] = { text: above.text, origin: false }
      ids[r]![c] = lastIds[c]!
    })
  }
  return { rows: [...run.rows, ...rows], xs, cellIds: [...run.cellIds, ...ids], first: run.first, last: page, endsPage: false }
}
