/** Finds the official row a printed row label stands for (spec §8 Q3, Q12): exact, then loose. */
import type { TemplateRow, TemplateTable } from './template-table'
import { canonical, looseKey } from './text'

export interface RowMatch {
  readonly rows: readonly TemplateRow[]
  /** only a looser spelling matched: say so */
  readonly lenient: boolean
}

export function matchRow(tt: TemplateTable, label: string): RowMatch | undefined {
  const key = canonical(label)
  if (key === '') return undefined
  const exact = tt.rows.filter((tr) => canonical(tr.rowLabels.at(-1) ?? '') === key)
  if (exact.length > 0) return { rows: exact, lenient: false }
  const loose = looseKey(label)
  if (loose === '') return undefined
  const same = tt.rows.filter((tr) => looseKey(tr.rowLabels.at(-1) ?? '') === loose)
  if (same.length > 0) return { rows: same, lenient: true }
  const contains = tt.rows.filter((tr) => {
    const t = looseKey(tr.rowLabels.at(-1) ?? '')
    return Math.min(t.length, loose.length) >= 4 && (t.includes(loose) || loose.includes(t))
  })
  return contains.length === 1 ? { rows: contains, lenient: true } : undefined
}

/**
 * Among rows with the same label (「3.其他」 in two groups), the one whose group is in the row's own
 * labels (a merged cell repeated by the reader), else the one whose group was printed last.
 */
export function pickByContext(rows: readonly TemplateRow[], path: readonly string[], seen: readonly string[]): TemplateRow | undefined {
  let best: TemplateRow | undefined
  let bestAt = -2
  for (const tr of rows) {
    const groups = tr.rowLabels.slice(0, -1).map(canonical)
    const inPath = groups.length > 0 && groups.every((g) => path.includes(g))
    const at = inPath ? Number.MAX_SAFE_INTEGER : Math.max(-1, ...groups.map((g) => seen.lastIndexOf(g)))
    if (at > bestAt) {
      best = tr
      bestAt = at
    }
  }
  return best
}
