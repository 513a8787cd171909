/** Keys that would reach Object.prototype or a constructor if code ever merged the value into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Far deeper than any report (content → cells → table → row → cell is 5) and shallow enough for recursion. */
export const MAX_DEPTH = 16
/** A full report is about 50,000 cells (LIMITS: 10 tables × 100 rows × 50 columns); this is four times that. */
export const MAX_NODES = 200_000

export type UnsafeTree = 'forbidden-key' | 'too-deep' | 'too-many'

/**
 * Walks a parsed JSON value (or structured-clone record) and reports the first reason not to trust it,
 * before zod spends seconds on a hostile file. JSON.parse creates `__proto__` as an own key, so Object.keys sees it.
 */
export function findUnsafe(value: unknown, maxDepth: number = MAX_DEPTH, maxNodes: number = MAX_NODES): UnsafeTree | undefined {
  let budget = maxNodes
  const walk = (v: unknown, depth: number): UnsafeTree | undefined => {
    if (--budget < 0) return 'too-many'
    if (v === null || typeof v !== 'object') return undefined
    if (depth >= maxDepth) return 'too-deep'
    if (Array.isArray(v)) {
      for (const item of v) {
        const found = walk(item, depth + 1)
        if (found) return found
      }
      return undefined
    }
    // for-in, not Object.keys: no array per object (a batch audit walks every package); it sees every own
    // key JSON.parse and structured clone make (and would see inherited enumerable ones too: only stricter)
    for (const key in v) {
      if (FORBIDDEN_KEYS.has(key)) return 'forbidden-key'
      const found = walk((v as Record<string, unknown>)[key], depth + 1)
      if (found) return found
    }
    return undefined
  }
  return walk(value, 0)
}

const MESSAGES: Record<UnsafeTree, string> = {
  'forbidden-key': '数据包含有不允许的字段名',
  'too-deep': '数据层级过深，不是本工具保存的数据',
  'too-many': '数据量过大，不是本工具保存的数据',
}

export function unsafeMessage(reason: UnsafeTree): string {
  return MESSAGES[reason]
}
