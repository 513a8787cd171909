import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { cellTablesSchema } from '../../../src/core/schema/cell-tables-schema'

// The schema the hand-written loop replaced: three nested records. The loop must accept and refuse the
// same values and report the same issues (code and path), since describeIssues names cells by path.
const reference = z
  .record(z.string().check(z.maxLength(64)), z.record(z.string().check(z.maxLength(64)), z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(64)))))
  .check(z.refine((t) => Object.keys(t).length <= 10, '表格数量过多'))

const summary = (r: { success: boolean; error?: { issues: readonly { code: string; path: readonly PropertyKey[] }[] } }) => ({
  success: r.success,
  issues: (r.error?.issues ?? []).map((i) => `${i.code} ${i.path.map(String).join('/')}`).sort(),
})

const keyArb = fc.oneof(fc.constantFrom('t3', 'new_received', 'natural', 'total'), fc.string({ minLength: 60, maxLength: 70 }))
const leafArb = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.string({ minLength: 62, maxLength: 66 }),
  fc.integer(),
  fc.constant(null),
  fc.constant([]),
)
const rowArb = fc.oneof({ weight: 6, arbitrary: fc.dictionary(keyArb, leafArb, { maxKeys: 4 }) }, { weight: 1, arbitrary: leafArb })
const tableArb = fc.oneof({ weight: 6, arbitrary: fc.dictionary(keyArb, rowArb, { maxKeys: 4 }) }, { weight: 1, arbitrary: leafArb })
const treeArb = fc.oneof({ weight: 8, arbitrary: fc.dictionary(fc.oneof(keyArb, fc.string({ maxLength: 3 })), tableArb, { maxKeys: 12 }) }, { weight: 1, arbitrary: leafArb })

describe('cellTablesSchema', () => {
  it('accepts and refuses exactly what the nested zod records did, with the same issues', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        expect(summary(cellTablesSchema.safeParse(tree))).toEqual(summary(reference.safeParse(tree)))
      }),
      { numRuns: 3000 },
    )
  })

  it('names the cell of an over-long text by its path, and keeps the value as given', () => {
    const cells = { t3: { new_received: { natural: '1'.repeat(65), legal: '2' } } }
    const bad = cellTablesSchema.safeParse(cells)
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => [i.code, i.path])).toEqual([['too_big', ['t3', 'new_received', 'natural']]])
    const good = { t3: { new_received: { natural: '1', legal: '' } } }
    expect(cellTablesSchema.safeParse(good)).toEqual({ success: true, data: good })
  })

  it('refuses more than ten tables', () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`t${i}`, {}]))
    expect(cellTablesSchema.safeParse(many).error?.issues.map((i) => i.message)).toEqual(['表格数量过多'])
  })
})
