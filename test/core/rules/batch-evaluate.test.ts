import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/core/rules/evaluate'
import { withoutMemos } from '../../../src/core/rules/written-fields'
import type { ReportContent } from '../../../src/core/values/types'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { format2021 } from '../../../templates/format-2021'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'

/**
 * A batch audit evaluates inside withoutMemos: each basis's index is built in one reused array and its
 * figures are read without a remembered reader. The problems must be exactly the editor's, report after
 * report (the array left by the one before must not leak into the next).
 */
const seeds = SEED_NAMES.map((n) => loadSeed(n).content)

/** A seed with another seed (or itself, text partly rewritten) attached as last year's report. */
function withBasis(now: ReportContent, last: ReportContent, keep: number): ReportContent {
  const rewritten = { ...last, year: now.year - 1, overview: last.overview.map((s, i) => (i % 2 === 0 ? s : { ...s, body: s.body.slice(0, Math.floor((s.body.length * keep) / 10)) })) }
  return { ...now, basis: basisFrom(format2021, rewritten, '上年') }
}

describe('evaluate in a batch (withoutMemos)', () => {
  it('gives the editor’s problems, report after report, N-9 and 跨年度 included', () => {
    const reports = fc.array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(10)), { minLength: 2, maxLength: 6 })
    let n9 = 0
    let x = 0
    fc.assert(
      fc.property(reports, (picks) => {
        const contents = picks.map(([a, b, keep]) => withBasis(seeds[a]!, seeds[b]!, keep))
        const batch = withoutMemos(() => contents.map((c) => evaluate(format2021, c).problems))
        const editor = contents.map((c) => evaluate(format2021, c).problems)
        expect(batch).toEqual(editor)
        n9 += editor.flat().filter((p) => p.ruleId === 'N-9').length
        x += editor.flat().filter((p) => p.ruleId.startsWith('X-')).length
      }),
      { numRuns: 60 },
    )
    // the comparison was not vacuous: copied texts were found
    expect(n9).toBeGreaterThan(0)
    expect(x).toBeGreaterThan(0)
  })
})
