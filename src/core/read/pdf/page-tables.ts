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

const VALUE = /^[\s\d.,，%\-—－/／]*\d[\s\d.,，%\-—－/／]*$/
/** How a row's label starts: 「1.」「（五）」「三、」「(2)」 */
const ROW_START = /^[（(]?[一二三四五六七八九十\d]+[)）.．、]/

/**
 * The first row of the next page's piece is what was left of the last row when the break cut it: where
 * the last row shows a value, the remainder is blank; it holds no value itself; and its text does not
 * start a row of its own. (A real row of blank values has its own label, 「5.…」.)
 */
function isRowRemainder(last: readonly ReadCell[], first: readonly ReadCell[]): boolean {
  if (first.every((cell) => cell.text === '')) return true
  const valuesCut = last.some((cell, c) => VALUE.test(cell.text) && first[c]?.text === '')
  const holdsValue = first.some((cell) => VALUE.test(cell.text))
  const text = first.find((cell) => cell.text !== '' && cell.origin)?.text ?? ''
  return valuesCut && !holdsValue && !ROW_START.test(text.trim())
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
  if (rows.length > 0 && isRowRemainder(run.rows[last]!, rows[0]!)) {
    // a row the page break cut: its remainder's text goes back into the row (values are never cut)
    const tail = rows.shift()!
    ids.shift()
    run.rows[last] = run.rows[last]!.map((cell, c) => (tail[c]!.text === '' ? cell : { ...cell, text: cell.text === '' ? tail[c]!.text : `${cell.text}\n${tail[c]!.text}` }))
  }
  continueMergedCells(run, rows, ids)
  return { rows: [...run.rows, ...rows], xs, cellIds: [...run.cellIds, ...ids], first: run.first, last: page, endsPage: false }
}

const columnsOf = (ids: readonly number[] | undefined, id: number | undefined) => (ids ?? []).flatMap((x, c) => (x === id ? [c] : [])).join()

/**
 * A cell merged over rows that the break cut continues at the top of the piece (same columns): blank
 * there (its text stayed on the first page), or holding the rest of its text, which does not start a
 * label of its own (「（五）」 then 「不予处理」; a piece starting 「（五）…」 is the next group). Every slot of
 * it, on both pages, then carries the joined text.
 */
function continueMergedCells(run: TableRun, rows: ReadCell[][], ids: number[][]) {
  const last = run.rows.length - 1
  const lastIds = run.cellIds[last] ?? []
  const done = new Set<number>()
  for (let c = 0; c < (rows[0]?.length ?? 0); c += 1) {
    const above = run.rows[last]?.[c]
    const id = lastIds[c]
    const first = ids[0]?.[c]
    if (!above || above.text === '' || id === undefined || first === undefined || done.has(first)) continue
    if (columnsOf(lastIds, id) !== columnsOf(ids[0], first)) continue
    const spansAbove = last > 0 && run.cellIds[last - 1]?.[c] === id
    const spansBelow = ids.length > 1 && ids[1]?.[c] === first
    const below = rows[0]![c]!.text
    let text: string
    if (below === '' && (spansAbove || spansBelow)) text = above.text
    else if (below !== '' && (spansAbove || spansBelow) && !VALUE.test(above.text) && !VALUE.test(below) && !ROW_START.test(below.trim())) text = `${above.text}\n${below}`
    else continue
    done.add(first)
    run.rows.forEach((row, r) => row.forEach((cell, k) => run.cellIds[r]?.[k] === id && (row[k] = { ...cell, text })))
    rows.forEach((row, r) =>
      row.forEach((_, k) => {
        if (ids[r]?.[k] !== first) return
        row[k] = { text, origin: false }
        ids[r]![k] = id
      }),
    )
  }
}
