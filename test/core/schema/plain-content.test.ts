import { describe, expect, it } from 'vitest'
import { contentSchema } from '../../../src/core/schema/content-schema'
import { plainlyValid } from '../../../src/core/schema/plain-content'
import type { ReportContent } from '../../../src/core/values/types'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { format2021 } from '../../../templates/format-2021'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'
import { defOf, PROBES, same, schemaPaths, withValue } from '../../support/schema-probes'

/** What the schema says: accepted, and unchanged by parsing (a content that zod would alter is not plain). */
const zodSaysPlain = (v: unknown) => {
  const r = contentSchema.safeParse(v)
  return r.success && same(r.data, v)
}

/** A seed with every optional part present: a basis, drafted sentences, 汇总 units, topic ids. */
function fullContent(): ReportContent {
  const [a, b] = SEED_NAMES.map((n) => loadSeed(n).content) as [ReportContent, ReportContent]
  return {
    ...a,
    overview: a.overview.map((s, i) => (i === 0 ? { ...s, topicId: 'proactive' } : s)),
    basis: basisFrom(format2021, { ...b, year: a.year - 1 }, '上年'),
    drafted: [{ kind: 'applications', field: 'overview.x', text: '本年度共收到申请。' }],
    units: [{ agency: '某区某局', year: a.year, fingerprint: 'ab'.repeat(32) }, { agency: '某区某委', year: a.year }],
  } as ReportContent
}

describe('plainlyValid (the quick yes before contentSchema)', () => {
  it('says yes to the seeds and to a content with every optional part, as zod does', () => {
    for (const n of SEED_NAMES) expect([n, plainlyValid(loadSeed(n).content)]).toEqual([n, true])
    expect(zodSaysPlain(fullContent())).toBe(true)
    expect(plainlyValid(fullContent())).toBe(true)
  })

  it('agrees with zod at every place of the schema, for wrong, edge and extra values', () => {
    const full = fullContent()
    const paths = schemaPaths(defOf(contentSchema))
    // the walk reached the nested parts (a field added to the schema is probed without touching this test)
    expect(paths.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['basis.overview.0.topicId', 'units.0.fingerprint', 'drafted.0.kind', 'manualTotals.0', 'overview.0.id']))
    let disagreements: string[] = []
    let yes = 0
    for (const path of paths) {
      for (const probe of PROBES) {
        const v = withValue(full, path, probe)
        const quick = plainlyValid(v)
        if (quick !== zodSaysPlain(v)) disagreements.push(`${path.join('.')} = ${JSON.stringify(probe)?.slice(0, 30)}: quick ${quick}`)
        if (quick) yes++
      }
      // an extra key where the schema has an object: kept by loose objects, dropped by strict ones
      const extra = withValue(full, [...path, 'extraKey'], '多余')
      if (path.length > 0 && plainlyValid(extra) !== zodSaysPlain(extra)) disagreements.push(`${path.join('.')}.extraKey: quick ${plainlyValid(extra)}`)
    }
    expect(disagreements).toEqual([])
    // not a test of a function that always says no
    expect(yes).toBeGreaterThan(paths.length)
  })

  it('is never a yes for a tree zod refuses, whatever the value (a yes skips zod entirely)', () => {
    for (const v of [null, [], 'x', 1, {}, { ...fullContent(), cells: { t3: { r: { c: 5 } } } }, { ...fullContent(), basis: { ...fullContent().basis, cells: null } }]) {
      if (plainlyValid(v)) expect(contentSchema.safeParse(v).success).toBe(true)
    }
    expect(plainlyValid({ ...fullContent(), cells: { t3: { r: { c: 5 } } } })).toBe(false)
  })
})
