import { splitCellPath } from '../template/cell-path'
import type { CellPath } from '../template/types'
import type { CellTexts } from './types'

/** Many cells at once (paste, fill blanks), in one copy. */
export function withCellTexts(cells: CellTexts, entries: Iterable<readonly [CellPath, string]>): CellTexts {
  const out: Record<string, Record<string, Record<string, string>>> = {}
  for (const [t, rows] of Object.entries(cells)) {
    out[t] = {}
    for (const [r, cols] of Object.entries(rows)) (out[t] as Record<string, Record<string, string>>)[r] = { ...cols }
  }
  for (const [path, text] of entries) {
    const [t, r, c] = splitCellPath(path)
    const table = (out[t] ??= {})
    const row = (table[r] ??= {})
    row[c] = text
  }
  return out
}
