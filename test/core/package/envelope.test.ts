import { describe, expect, it } from 'vitest'
import { envelopeSchema, parseEnvelope, serializePackage } from '../../../src/core/package/data-package'
import { defOf, PROBES, schemaPaths, withValue } from '../../support/schema-probes'
import { sampleDraft } from './fixtures'

/** The fields parsePackage reads from the envelope. */
const read = (d: unknown) => {
  const e = d as Record<string, unknown>
  return [e['kind'], e['packageVersion'], e['formatId'], e['formatVersion'], e['exportedAt'], e['name'], e['content']]
}

describe('parseEnvelope (a quick yes before envelopeSchema)', () => {
  it('answers as zod does at every field of the envelope, for wrong, edge and extra values, and reads the same fields', () => {
    const pkg = JSON.parse(serializePackage(sampleDraft())) as unknown
    const disagreements: string[] = []
    let quickYes = 0
    for (const path of schemaPaths(defOf(envelopeSchema))) {
      for (const probe of [...PROBES, 'extra']) {
        const v = path.length === 0 ? { ...(pkg as object), extraKey: probe } : withValue(pkg, path, probe)
        const quick = parseEnvelope(v)
        const zod = envelopeSchema.safeParse(v)
        if (quick.success !== zod.success) disagreements.push(`${path.join('.')} = ${JSON.stringify(probe)?.slice(0, 30)}: quick ${quick.success}`)
        else if (quick.success && zod.success) {
          expect(read(quick.data)).toEqual(read(zod.data))
          if (quick.data === v) quickYes++
        }
      }
    }
    expect(disagreements).toEqual([])
    // the quick path was taken (its answer is the value itself), not zod's every time
    expect(quickYes).toBeGreaterThan(10)
  })

  it('leaves refusals to zod, with its issues', () => {
    const r = parseEnvelope({ kind: 'nianbao-report', packageVersion: 0, formatId: '', formatVersion: 1, content: {} })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['packageVersion', 'formatId'])
  })
})
