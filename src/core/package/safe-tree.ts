/** Far deeper than any report (content → cells → table → row → cell is 5) and shallow enough for recursion. */
export const MAX_DEPTH = 16
/** A full report is about 50,000 cells (LIMITS: 10 tables × 100 rows × 50 columns); this is four times that. */
export const MAX_NODES = 200_000

export type UnsafeTree = 'forbidden-key' | 'too-deep' | 'too-many'

/**
 * Walks a parsed JSON value (or structured-clone record) and reports the first reason not to trust it,
 * before zod spends seconds on a hostile file. JSON.parse creates `__proto__` as an own key, and for-in sees
 * it. Every value counts against `maxNodes` (the root too); only objects and arrays are descended into,
 * and an object or array at `maxDepth` is too deep. Written as a loop over children, not a call per value
 * (a batch audit walks every package: half the time of the call-per-value walk).
 */
export function findUnsafe(value: unknown, maxDepth: number = MAX_DEPTH, maxNodes: number = MAX_NODES): UnsafeTree | undefined {
  let budget = maxNodes - 1
  if (budget < 0) return 'too-many'
  const walk = (v: object, depth: number): UnsafeTree | undefined => {
    if (depth >= maxDepth) return 'too-deep'
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (--budget < 0) return 'too-many'
        const x: unknown = v[i]
        if (typeof x === 'object' && x !== null) {
          const found = walk(x, depth + 1)
          if (found) return found
        }
      }
      return undefined
    }
    // for-in, not Object.keys: no array per object; it sees every own key JSON.parse and structured clone
    // make (and would see inherited enumerable ones too: only stricter)
    for (const key in v) {
      // keys that would reach Object.prototype or a constructor if code ever merged the value into an object
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return 'forbidden-key'
      if (--budget < 0) return 'too-many'
      const x = (v as Record<string, unknown>)[key]
      if (typeof x === 'object' && x !== null) {
        const found = walk(x, depth + 1)
        if (found) return found
      }
    }
    return undefined
  }
  return typeof value === 'object' && value !== null ? walk(value, 0) : undefined
}

const MESSAGES: Record<UnsafeTree, string> = {
  'forbidden-key': '数据包含有不允许的字段名',
  'too-deep': '数据层级过深，不是本工具保存的数据',
  'too-many': '数据量过大，不是本工具保存的数据',
}

export function unsafeMessage(reason: UnsafeTree): string {
  return MESSAGES[reason]
}
