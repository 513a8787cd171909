import { SCHEMA_VERSION } from './schema-version'

type Loose = Record<string, unknown>

/**
 * One step per version: STEPS[n] turns a record (or package) of version n + 1 into version n + 2;
 * `migrate` then writes the new version number. A step copies every field it does not change, so what
 * a newer or another app wrote survives.
 */
const STEPS: readonly ((r: Loose) => Loose)[] = [
  // 1 → 2: records and packages start to carry their version; no field changed meaning
  (r) => r,
]

export type Migrated =
  | { readonly ok: true; readonly value: Loose; readonly from: number; readonly newer: boolean }
  | { readonly ok: false; readonly reason: string }

/** The version a stored record or package says it has (none: 1, before versions existed). */
export function versionOf(value: Loose, field = 'schemaVersion'): number | null {
  const v = value[field]
  if (v === undefined) return 1
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null
}

/**
 * Brings a record (or package envelope) up to `SCHEMA_VERSION`. A newer one is left as it is with
 * `newer: true`: it can be read, but this page must not write it back (OLDER_PAGE_MESSAGE).
 */
export function migrate(value: unknown, field = 'schemaVersion'): Migrated {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: '记录不是对象' }
  const from = versionOf(value as Loose, field)
  if (from === null) return { ok: false, reason: '记录的数据版本号无效' }
  if (from > SCHEMA_VERSION) return { ok: true, value: value as Loose, from, newer: true }
  let r = value as Loose
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v - 1]
    if (!step) return { ok: false, reason: `缺少数据版本 ${v} 的升级步骤` }
    r = { ...step(r), [field]: v + 1 }
  }
  return { ok: true, value: r, from, newer: false }
}

/** How many steps exist: a test checks there is one per version. */
export const MIGRATION_STEPS = STEPS.length
