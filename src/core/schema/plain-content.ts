import type { z } from 'zod/mini'
import { isRecord } from '../../lib/is-record'
import { UNIT_TYPES } from '../values/types'
import { cellTreeIssues } from './cell-tables-schema'
import { contentSchema, LIMITS } from './content-schema'

/**
 * A quick yes for the common case of contentSchema: true only when zod would accept `v` and give back a
 * value equal to it; false means "ask zod" (which then finds the issues and says them in Chinese). zod's
 * object and check machinery was a tenth of the command line's time per data package; this is one pass
 * without copies. test/core/schema/plain-content.test.ts holds it to the schema, field by field.
 */
export function plainlyValid(v: unknown): boolean {
  if (!isRecord(v)) return false
  if (!isText(v['agency'], LIMITS.shortText) || !year(v['year']) || !Object.hasOwn(UNIT_TYPES, v['unitType'] as string)) return false
  if (!isText(v['opening'], LIMITS.longText) || !isText(v['problems'], LIMITS.longText) || !isText(v['other'], LIMITS.longText)) return false
  if (!listOf(v['overview'], LIMITS.subsections, subsection) || !cellsValid(v['cells'])) return false
  if (!stringList(v['manualTotals'], LIMITS.tables, 64)) return false
  if (v['basis'] !== undefined && !basis(v['basis'])) return false
  if (v['drafted'] !== undefined && !listOf(v['drafted'], LIMITS.subsections, drafted)) return false
  // 汇总 units: zod's strict-shaped objects drop other keys, so a unit with any is left to zod
  if (v['units'] !== undefined && !listOf(v['units'], LIMITS.units, (u) => only(u, UNIT_KEYS) && isText(u['agency'], LIMITS.shortText) && year(u['year']) && optionalText(u['fingerprint'], 64))) return false
  return true
}

type Parsed = ReturnType<typeof contentSchema.safeParse>

/** contentSchema's answer, through plainlyValid when it can say yes: the same content either way. */
export function parseContent(v: unknown): Parsed {
  if (plainlyValid(v)) return { success: true, data: v as z.output<typeof contentSchema> } as Parsed
  return contentSchema.safeParse(v)
}

const UNIT_KEYS = new Set(['agency', 'year', 'fingerprint'])
const BASIS_SUBSECTION_KEYS = new Set(['title', 'body', 'topicId'])

/** A string of `min` to `max` UTF-16 units, as z.string() with minLength/maxLength checks. */
export const isText = (v: unknown, max: number, min = 0): boolean => typeof v === 'string' && v.length <= max && v.length >= min
const optionalText = (v: unknown, max: number): boolean => v === undefined || isText(v, max)
const year = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 1000 && (v as number) <= 9999

function stringList(v: unknown, max: number, maxLength: number): boolean {
  if (!Array.isArray(v) || v.length > max) return false
  for (const x of v) if (!isText(x, maxLength)) return false
  return true
}

function listOf(v: unknown, max: number, item: (x: Record<string, unknown>) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false
  for (const x of v) if (!isRecord(x) || !item(x)) return false
  return true
}

/** no keys but these (zod's z.object keeps only its own) */
function only(v: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const k in v) if (!keys.has(k)) return false
  return true
}

function cellsValid(v: unknown): boolean {
  let ok = true
  cellTreeIssues(v, () => {
    ok = false
  })
  return ok
}

const subsection = (s: Record<string, unknown>) => isText(s['id'], 64, 1) && isText(s['title'], LIMITS.shortText) && isText(s['body'], LIMITS.longText) && optionalText(s['topicId'], 64)

const drafted = (d: Record<string, unknown>) => (d['kind'] === 'applications' || d['kind'] === 'review' || d['kind'] === 'proactive') && isText(d['field'], 64, 1) && isText(d['text'], LIMITS.longText)

function basis(b: unknown): boolean {
  if (!isRecord(b)) return false
  if (!isText(b['formatId'], 64, 1) || !year(b['year']) || !isText(b['agency'], LIMITS.shortText) || !cellsValid(b['cells'])) return false
  if (!isText(b['problems'], LIMITS.longText) || !isText(b['other'], LIMITS.longText) || !isText(b['source'], LIMITS.shortText)) return false
  return listOf(b['overview'], LIMITS.subsections, (s) => only(s, BASIS_SUBSECTION_KEYS) && isText(s['title'], LIMITS.shortText) && isText(s['body'], LIMITS.longText) && optionalText(s['topicId'], 64))
}
