import { agencyKey } from '../core/audit/duplicates'
import type { AuditRow } from '../core/audit/types'
import type { Basis } from '../core/values/types'
import type { InputFile } from './walk'

/** The two halves of the pass, run in the threads (or here): see runTask in threads.ts. */
export interface CrossYearJobs {
  readonly bases: (file: InputFile, ids: readonly string[]) => Promise<[string, Basis][]>
  readonly again: (file: InputFile, bases: readonly [string, Basis][]) => Promise<AuditRow[]>
}

/** Pairs handled at once: the bases held in memory are at most this many (a few kB each). */
const CHUNK = 2000

interface Pair {
  /** this year's row and last year's, as indexes into the rows */
  readonly now: number
  readonly last: number
}

/** Groups items under a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const t of items) {
    const k = key(t)
    const list = out.get(k)
    if (list) list.push(t)
    else out.set(k, [t])
  }
  return out
}

/**
 * 跨年度 for the command line, as the browser's withCrossYear does with rows it holds: where the batch has
 * two consecutive years of one agency and this year's report carries no basis, this year's report is
 * audited again with last year's as its basis. The command line keeps no content in its rows (100,000
 * reports would not fit), so both files are read again, and only those. Returns the rows, replaced where
 * audited again, and how many were.
 */
export async function crossYearPass(rows: readonly AuditRow[], fileOf: readonly (InputFile | undefined)[], jobs: CrossYearJobs): Promise<{ rows: AuditRow[]; paired: number }> {
  const first = new Map<string, number>()
  rows.forEach((r, i) => {
    if (r.status === 'unreadable' || r.year === null || !r.agency) return
    const key = `${agencyKey(r.agency)}\u0000${r.year}`
    if (!first.has(key)) first.set(key, i)
  })
  const pairs: Pair[] = []
  rows.forEach((r, i) => {
    if (r.status === 'unreadable' || r.year === null || !r.agency || r.basisYear !== undefined || !fileOf[i]) return
    const last = first.get(`${agencyKey(r.agency)}\u0000${r.year - 1}`)
    if (last !== undefined && fileOf[last]) pairs.push({ now: i, last })
  })
  const out = [...rows]
  const path = (i: number) => (fileOf[i] as InputFile).path
  for (let at = 0; at < pairs.length; at += CHUNK) {
    const chunk = pairs.slice(at, at + CHUNK)
    const bases = new Map<string, Basis>()
    await Promise.all(
      [...groupBy(chunk, (p) => path(p.last))].map(async ([, list]) => {
        const got = await jobs.bases(fileOf[list[0]?.last as number] as InputFile, list.map((p) => (rows[p.last] as AuditRow).id))
        for (const [id, basis] of got) bases.set(`${path(list[0]?.last as number)}\u0000${id}`, basis)
      }),
    )
    await Promise.all(
      [...groupBy(chunk, (p) => path(p.now))].map(async ([, list]) => {
        const wanted: [string, Basis][] = []
        for (const p of list) {
          const basis = bases.get(`${path(p.last)}\u0000${(rows[p.last] as AuditRow).id}`)
          if (basis) wanted.push([(rows[p.now] as AuditRow).id, basis])
        }
        if (wanted.length === 0) return
        const again = new Map((await jobs.again(fileOf[list[0]?.now as number] as InputFile, wanted)).map((r) => [r.id, r]))
        for (const p of list) {
          const r = again.get((rows[p.now] as AuditRow).id)
          // the first audit's fingerprint and duplicate marks stay: the basis is not the report's own content
          if (r) out[p.now] = { ...r, fingerprint: (rows[p.now] as AuditRow).fingerprint }
        }
      }),
    )
  }
  return { rows: out, paired: pairs.length }
}
