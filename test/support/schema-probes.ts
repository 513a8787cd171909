/**
 * Probing a quick check against the zod schema it stands in for: every place the schema's definition
 * describes, set to values that are right somewhere and wrong elsewhere. Paths come from the schema, so a
 * field added to it is probed without editing the tests.
 */

/** Deep equality as a report sees it: key order aside, a key holding undefined is an absent key. */
export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]))
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined).sort()
    const [ka, kb] = [keys(a), keys(b)]
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  return Object.is(a, b)
}

export type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; element?: { _zod: { def: Def } }; innerType?: { _zod: { def: Def } } }
export const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def

/** Every place the schema describes, as a path into fullContent() (array elements: the first). */
export function schemaPaths(def: Def, at: (string | number)[] = []): (string | number)[][] {
  if (def.type === 'optional' && def.innerType) return schemaPaths(defOf(def.innerType), at)
  if (def.type === 'array' && def.element) return [at, ...schemaPaths(defOf(def.element), [...at, 0])]
  if (def.type === 'object' && def.shape) return [at, ...Object.entries(def.shape).flatMap(([k, s]) => schemaPaths(defOf(s), [...at, k]))]
  return [at]
}

const long = (n: number) => '字'.repeat(n)
/** Values that are right somewhere and wrong elsewhere: types, limits either side, enum members, empty. */
export const PROBES: unknown[] = [undefined, null, true, 0, -1, 1.5, 999, 1000, 9999, 10000, 2 ** 53, '', 'x', long(64), long(65), long(200), long(201), long(100_000), long(100_001), [], ['x'], [{}], {}, { t: {} }, 'department', 'government', 'review', 'gov-info-annual-2021', 'nianbao-report', 2]

export function withValue(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(root)) return root.map((x, i) => (i === head ? withValue(x, rest, value) : x))
  const copy = { ...(root as Record<string, unknown>) }
  if (rest.length === 0 && value === undefined) delete copy[head]
  else copy[head] = withValue(copy[head], rest, value)
  return copy
}

