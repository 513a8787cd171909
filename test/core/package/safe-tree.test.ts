import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findUnsafe } from '../../../src/core/package/safe-tree'

/** The walk as first written (a call per value, Object.keys): the loop must give the same answers. */
function reference(value: unknown, maxDepth: number, maxNodes: number) {
  let budget = maxNodes
  const walk = (v: unknown, depth: number): string | undefined => {
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
    for (const key of Object.keys(v)) {
      if (['__proto__', 'constructor', 'prototype'].includes(key)) return 'forbidden-key'
      const found = walk((v as Record<string, unknown>)[key], depth + 1)
      if (found) return found
    }
    return undefined
  }
  return walk(value, 0)
}

/** JSON values, some with a forbidden key planted among others (as JSON.parse makes it: an own `__proto__`). */
const tree = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('', '__proto__', 'constructor', 'prototype', 'ok'), fc.boolean())
  .map(([v, key, plant]) => JSON.parse(plant ? `[${JSON.stringify(v)},{"a":${JSON.stringify(v)},"${key}":{"b":[1]}}]` : JSON.stringify(v)) as unknown)

describe('findUnsafe', () => {
  it('answers as the call-per-value walk does, at any depth and node limits', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 }), (v, depth, nodes) => {
        expect(findUnsafe(v, depth, nodes)).toBe(reference(v, depth, nodes))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds a forbidden key made by JSON.parse deep inside, and counts every value', () => {
    expect(findUnsafe(JSON.parse('{"a":[{"b":{"__proto__":{}}}]}'))).toBe('forbidden-key')
    expect(findUnsafe([1, 2, 3], 16, 3)).toBe('too-many')
    expect(findUnsafe([1, 2], 16, 3)).toBeUndefined()
    expect(findUnsafe([[[]]], 2)).toBe('too-deep')
    expect(findUnsafe('x', 16, 0)).toBe('too-many')
  })
})
