/**
 * Which official table each printed table is, and which format the labels are printed in (spec §8 Q14,
 * §3.5): a table is identified by the labels it prints, never by its position in the document.
 */
import type { ReadTable } from '../read/types'
import type { ReportTemplate, TableDef } from '../template/types'
import { templateTable } from './template-table'
import { canonical } from './text'

/** At least this many distinct official labels make a printed table one of ours. */
const MIN_SCORE = 2

function texts(rt: ReadTable): Set<string> {
  const out = new Set<string>()
  for (const row of rt.rows) for (const c of row) if (c.origin) out.add(canonical(c.text))
  out.delete('')
  return out
}

function score(table: TableDef, cells: ReadonlySet<string>): number {
  const labels = templateTable(table).labels
  let n = 0
  for (const c of cells) if (labels.has(c)) n++
  return n
}

export interface TableAssignment {
  /** printed table index → official table */
  readonly tables: ReadonlyMap<number, TableDef>
  /** sum of the label scores: how well the format's labels fit the document */
  readonly score: number
}

/** Each official table at most once, best-scoring printed table first. */
export function assignTables(template: ReportTemplate, printed: readonly ReadTable[]): TableAssignment {
  const official = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
  const candidates: { i: number; table: TableDef; s: number }[] = []
  printed.forEach((rt, i) => {
    const cells = texts(rt)
    for (const table of official) {
      const s = score(table, cells)
      if (s >= MIN_SCORE) candidates.push({ i, table, s })
    }
  })
  candidates.sort((a, b) => b.s - a.s || a.i - b.i)
  const tables = new Map<number, TableDef>()
  const used = new Set<TableDef>()
  let total = 0
  for (const c of candidates) {
    if (tables.has(c.i) || used.has(c.table)) continue
    tables.set(c.i, c.table)
    used.add(c.table)
    total += c.s
  }
  return { tables, score: total }
}

/** The format whose labels the printed tables fit best; undefined when no format fits better than another. */
export function formatByLabels(
  formats: readonly ReportTemplate[],
  printed: readonly ReadTable[],
): { template: ReportTemplate; assignment: TableAssignment } | undefined {
  const scored = formats.map((template) => ({ template, assignment: assignTables(template, printed) }))
  scored.sort((a, b) => b.assignment.score - a.assignment.score)
  const [best, next] = scored
  if (!best || best.assignment.score === 0) return undefined
  if (next && next.assignment.score === best.assignment.score) return undefined
  return best
}
