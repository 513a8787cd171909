import type { AuditRow } from './types'

/** The same agency written with different spaces or full-width brackets is still the same agency. */
export function agencyKey(agency: string): string {
  return agency.normalize('NFKC').replace(/\s+/g, '')
}

const MAX_NAMED = 20

/**
 * Flags reports of the same agency and year that appear more than once (a .docx and a PDF of the same
 * report, or two versions): each such row lists the ids of the others. Unread rows and rows without an
 * agency name take no part.
 */
export function markDuplicates(rows: readonly AuditRow[]): AuditRow[] {
  const groups = new Map<string, string[]>()
  for (const r of rows) {
    if (r.status === 'unreadable' || r.year === null || !r.agency) continue
    const key = `${agencyKey(r.agency)}\u0000${r.year}`
    const list = groups.get(key)
    if (list) list.push(r.id)
    else groups.set(key, [r.id])
  }
  return rows.map((r) => {
    const list = r.year === null ? undefined : groups.get(`${agencyKey(r.agency)}\u0000${r.year}`)
    if (!list || list.length < 2 || !list.includes(r.id)) {
      if (r.duplicateOf === undefined) return r
      const { duplicateOf: _drop, ...rest } = r
      return rest
    }
    // at most 20 named: a batch with the same report 10,000 times must not hold 10,000² ids
    const others = list.filter((id) => id !== r.id).slice(0, MAX_NAMED)
    // the same row object when nothing changed: the table re-renders only rows that did
    if (r.duplicateOf && r.duplicateOf.length === others.length && r.duplicateOf.every((id, i) => id === others[i])) return r
    return { ...r, duplicateOf: others }
  })
}
