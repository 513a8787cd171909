/**
 * Finds a printed value in read tables by its labels, the way a person reads a table: the slot whose
 * column (above it) holds every column label and whose row (to its left) holds every row label; band
 * titles (表二's 「第二十条第（一）项」) are read from above too. Labels compare without white space
 * (a `<br>` or wrapped label) and after NFKC. Independent of the importer, so reader tests do not
 * depend on it.
 */
import type { ReadTable } from '../../src/core/read/types'
import type { ExpectedCell } from './seed-sources'

export const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

export interface Found {
  readonly table: string
  readonly row: number
  readonly col: number
  readonly text: string
}

/** Every slot the labels point at (the value slots, not the label slots themselves). */
export function findByLabels(tables: readonly ReadTable[], cell: ExpectedCell): Found[] {
  const rowLabels = cell.rowLabels.map(squeeze)
  const columnLabels = cell.columnLabels.map(squeeze)
  const labels = [...rowLabels, ...columnLabels]
  const out: Found[] = []
  for (const t of tables) {
    const key = t.rows.map((r) => r.map((c) => squeeze(c.text)))
    key.forEach((row, r) =>
      row.forEach((text, c) => {
        if (labels.includes(text)) return
        const left = new Set(row.slice(0, c))
        const above = new Set(key.slice(0, r).map((x) => x[c] ?? ''))
        if (columnLabels.every((l) => above.has(l)) && rowLabels.every((l) => left.has(l) || above.has(l))) out.push({ table: t.where, row: r, col: c, text: t.rows[r]?.[c]?.text ?? '' })
      }),
    )
  }
  return out
}

/** The expected cells whose labels do not lead to exactly one slot showing the expected text. */
export function mismatches(tables: readonly ReadTable[], expected: readonly ExpectedCell[]): string[] {
  const bad: string[] = []
  for (const cell of expected) {
    const found = findByLabels(tables, cell)
    // a slot a merged value cell also covers (表二's 本年处理决定数量 spans three columns) reads the same
    const distinct = [...new Map(found.map((f) => [`${f.table}/${f.row}`, f])).values()]
    const label = `${cell.tableName} ${[...cell.rowLabels, ...cell.columnLabels].join('/')}`
    if (distinct.length !== 1) bad.push(`${label}: ${distinct.length} slots`)
    else if (squeeze(distinct[0]?.text ?? '') !== squeeze(cell.text)) bad.push(`${label}: 「${distinct[0]?.text}」 for 「${cell.text}」`)
  }
  return bad
}
