/**
 * Tables from their rulings: the horizontal and vertical segments that touch each other form a table;
 * their distinct y and x positions are the grid's row and column boundaries; two neighbouring slots
 * with no ruling between them belong to one merged cell (a gridSpan or vMerge in the source).
 */
import type { Segment } from './page-content'

/** Positions closer than this (pt) are one boundary: borders are drawn a fraction of a point apart. */
const SNAP = 2
/** Gaps under a cell's minimum height (pt) are double borders, not rows. */
const MIN_CELL = 4

export interface GridCell {
  /** slot range, rows top to bottom, columns left to right; end exclusive */
  readonly row: number
  readonly col: number
  readonly rowEnd: number
  readonly colEnd: number
}

export interface RuledTable {
  /** row boundaries top to bottom (y descending); column boundaries left to right */
  readonly ys: readonly number[]
  readonly xs: readonly number[]
  /** the merged cell each slot belongs to: cellOf[row][col] is an index into cells */
  readonly cellOf: readonly (readonly number[])[]
  readonly cells: readonly GridCell[]
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!
    i = parent[i]!
  }
  return i
}

function union(parent: number[], i: number, j: number) {
  const a = find(parent, i)
  const b = find(parent, j)
  if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
}

/** Collinear pieces that overlap or touch become one segment (borders are often drawn cell by cell). */
export function mergeCollinear(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((p, q) => p.at - q.at || p.a - q.a)
  const out: Segment[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && Math.abs(last.at - s.at) <= 0.75 && s.a <= last.b + SNAP) out[out.length - 1] = { at: last.at, a: last.a, b: Math.max(last.b, s.b) }
    else out.push(s)
  }
  return out
}

/** Sorted distinct positions, snapping near ones together. */
function boundaries(values: readonly number[]): number[] {
  const sorted = [...values].sort((p, q) => p - q)
  const out: number[] = []
  for (const v of sorted) {
    if (out.length > 0 && v - out.at(-1)! <= SNAP) continue
    if (out.length > 0 && v - out.at(-1)! < MIN_CELL) continue
    out.push(v)
  }
  return out
}

const covers = (s: Segment, at: number, from: number, to: number) => Math.abs(s.at - at) <= SNAP && s.a <= from + SNAP && s.b >= to - SNAP

/** The tables on a page, top to bottom. */
export function ruledTables(horizontal: readonly Segment[], vertical: readonly Segment[]): RuledTable[] {
  const hs = mergeCollinear(horizontal)
  const vs = mergeCollinear(vertical)
  // a horizontal and a vertical segment that cross or touch are parts of one table
  const parent = [...hs, ...vs].map((_, i) => i)
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.at >= h.a - SNAP && v.at <= h.b + SNAP && h.at >= v.a - SNAP && h.at <= v.b + SNAP) union(parent, i, hs.length + j)
    })
  })
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>()
  hs.forEach((h, i) => {
    const g = groups.get(find(parent, i)) ?? { h: [], v: [] }
    g.h.push(h)
    groups.set(find(parent, i), g)
  })
  vs.forEach((v, j) => {
    const g = groups.get(find(parent, hs.length + j)) ?? { h: [], v: [] }
    g.v.push(v)
    groups.set(find(parent, hs.length + j), g)
  })
  const tables: RuledTable[] = []
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue
    const table = grid(h, v)
    if (table) tables.push(table)
  }
  return tables.sort((p, q) => q.ys[0]! - p.ys[0]!)
}

function grid(h: readonly Segment[], v: readonly Segment[]): RuledTable | undefined {
  const ys = boundaries(h.map((s) => s.at)).reverse()
  const xs = boundaries(v.map((s) => s.at))
  // a row cut by the page's edge has no ruling there, but its column rulings reach the edge
  const vTop = Math.max(...v.map((s) => s.b))
  const vBottom = Math.min(...v.map((s) => s.a))
  if (vTop - ys[0]! >= MIN_CELL) ys.unshift(vTop)
  if (ys.at(-1)! - vBottom >= MIN_CELL) ys.push(vBottom)
  const rows = ys.length - 1
  const cols = xs.length - 1
  if (rows < 1 || cols < 1) return undefined
  const index = (r: number, c: number) => r * cols + c
  const parent = Array.from({ length: rows * cols }, (_, i) => i)
  for (let r = 0; r < rows; r += 1) {
    const top = ys[r]!
    const bottom = ys[r + 1]!
    for (let c = 0; c < cols; c += 1) {
      const left = xs[c]!
      const right = xs[c + 1]!
      // no ruling along the shared side: one merged cell (checked over the side's middle half)
      const ySpan: [number, number] = [bottom + (top - bottom) / 4, top - (top - bottom) / 4]
      if (c + 1 < cols && !v.some((s) => covers(s, right, ySpan[0], ySpan[1]))) union(parent, index(r, c), index(r, c + 1))
      const xSpan: [number, number] = [left + (right - left) / 4, right - (right - left) / 4]
      if (r + 1 < rows && !h.some((s) => covers(s, bottom, xSpan[0], xSpan[1]))) union(parent, index(r, c), index(r + 1, c))
    }
  }
  const cells: GridCell[] = []
  const byRoot = new Map<number, number>()
  const cellOf: number[][] = []
  for (let r = 0; r < rows; r += 1) {
    const row: number[] = []
    for (let c = 0; c < cols; c += 1) {
      const root = find(parent, index(r, c))
      let k = byRoot.get(root)
      if (k === undefined) {
        k = cells.length
        byRoot.set(root, k)
        cells.push({ row: r, col: c, rowEnd: r + 1, colEnd: c + 1 })
      } else {
        const cell = cells[k]!
        cells[k] = { row: cell.row, col: Math.min(cell.col, c), rowEnd: Math.max(cell.rowEnd, r + 1), colEnd: Math.max(cell.colEnd, c + 1) }
      }
      row.push(k)
    }
    cellOf.push(row)
  }
  return { ys, xs, cellOf, cells }
}
