import { FAMILIES, type AuditRow, type Family } from '../../core/audit/types'

export type SortKey = 'source' | 'agency' | 'year' | 'errors' | 'warnings' | 'status' | Family

export interface TableFilter {
  readonly search: string
  readonly onlyErrors: boolean
  /** a rule id (T3-1) or a family (表三); '' for all */
  readonly rule: string
  /** '' for all */
  readonly year: string
  readonly sort: SortKey
  readonly descending: boolean
}

export const NO_FILTER: TableFilter = { search: '', onlyErrors: false, rule: '', year: '', sort: 'source', descending: false }

const STATUS_ORDER = { unreadable: 0, partial: 1, complete: 2 } as const

function key(r: AuditRow, k: SortKey): string | number {
  if ((FAMILIES as readonly string[]).includes(k)) return r.families[k as Family]
  switch (k) {
    case 'agency':
      return r.agency
    case 'year':
      return r.year ?? 0
    case 'errors':
      return r.errors
    case 'warnings':
      return r.warnings
    case 'status':
      return STATUS_ORDER[r.status]
    default:
      return r.source
  }
}

/** The rows the table shows: filtered, searched by agency, sorted (stable). */
export function visibleRows(rows: readonly AuditRow[], f: TableFilter): AuditRow[] {
  const q = f.search.trim()
  const out = rows.filter(
    (r) =>
      (!f.onlyErrors || r.errors > 0 || r.status === 'unreadable') &&
      (!q || r.agency.includes(q)) &&
      (!f.year || String(r.year) === f.year) &&
      (!f.rule || ((FAMILIES as readonly string[]).includes(f.rule) ? r.families[f.rule as Family] > 0 : r.problems.some((p) => p.ruleId === f.rule))),
  )
  const dir = f.descending ? -1 : 1
  return out.sort((a, b) => {
    const x = key(a, f.sort)
    const y = key(b, f.sort)
    return (x < y ? -1 : x > y ? 1 : 0) * dir
  })
}

/** The rule ids and years present, for the filter menus. */
export function filterChoices(rows: readonly AuditRow[]): { rules: string[]; years: string[] } {
  const rules = new Set<string>()
  const years = new Set<string>()
  for (const r of rows) {
    if (r.year !== null) years.add(String(r.year))
    for (const p of r.problems) rules.add(p.ruleId)
  }
  return { rules: [...rules].sort(), years: [...years].sort() }
}
