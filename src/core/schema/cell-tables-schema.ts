import { z } from 'zod/mini'
import { isRecord } from '../../lib/is-record'
import type { CellTexts } from '../values/types'

/** The limits the cell tree is held to (the same numbers as LIMITS in content-schema.ts, which imports these). */
export const CELL_LIMITS = { key: 64, cellText: 64, tables: 10 } as const

type Issue = Parameters<z.core.$RefinementCtx<unknown>['addIssue']>[0]


/**
 * Checks table → row → column → text in one loop and reports what zod's nested `z.record`s would report
 * (same codes and paths). Why by hand: a report has hundreds of cells (a 汇总 up to 50,000), and three
 * nested records run a key schema and a value schema per cell, which was a fifth of the command-line
 * audit's time per data package. test/core/cell-tables-schema.test.ts holds it to the nested-record schema.
 */
export function cellTreeIssues(value: unknown, add: (issue: Issue) => void): void {
  // the paths are made only for an issue: a report has hundreds of cells and nearly never an issue
  const notRecord = (input: unknown, path: PropertyKey[]) => add({ code: 'invalid_type', expected: 'record', input, path })
  const badKey = (k: string, path: PropertyKey[]) => add({ code: 'invalid_key', origin: 'record', input: k, path: [...path, k], issues: [] })
  if (!isRecord(value)) return notRecord(value, [])
  // for-in, not Object.keys: no array per table and row (the same own keys, in the same order, for JSON data)
  let tables = 0
  for (const t in value) {
    tables += 1
    if (t.length > CELL_LIMITS.key) {
      badKey(t, [])
      continue
    }
    const table = value[t]
    if (!isRecord(table)) {
      notRecord(table, [t])
      continue
    }
    for (const r in table) {
      if (r.length > CELL_LIMITS.key) {
        badKey(r, [t])
        continue
      }
      const row = table[r]
      if (!isRecord(row)) {
        notRecord(row, [t, r])
        continue
      }
      for (const c in row) {
        if (c.length > CELL_LIMITS.key) {
          badKey(c, [t, r])
          continue
        }
        const text = row[c]
        if (typeof text !== 'string') add({ code: 'invalid_type', expected: 'string', input: text, path: [t, r, c] })
        else if (text.length > CELL_LIMITS.cellText) add({ code: 'too_big', origin: 'string', maximum: CELL_LIMITS.cellText, inclusive: true, input: text, path: [t, r, c] })
      }
    }
  }
  if (tables > CELL_LIMITS.tables) add({ code: 'custom', message: '表格数量过多', input: value, path: [] })
}

/** Every table's cell texts, keyed table → row → column (content.cells, and a basis's cells). */
export const cellTablesSchema = z.custom<CellTexts>().check(z.superRefine((value, ctx) => cellTreeIssues(value, (issue) => ctx.addIssue(issue))))
