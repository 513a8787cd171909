import fc from 'fast-check'
import type { Draft } from '../../../src/core/package/draft'
import type { ReportContent } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'政府信息公开年报０１２3 "\\\n\t{}[],:科委局'), maxLength })
// fc.stringMatching is ~20× slower; 10,000 runs need a cheap key generator
const key = fc
  .string({ unit: fc.constantFrom(...'abcdeinoprstuy_019'), minLength: 1, maxLength: 12 })
  .filter((k) => !FORBIDDEN.has(k))

/** Content that the schema accepts, for a year the given format covers (up to 2025, see TODAY). */
export const contentArb = (years: { from: number; to: number }): fc.Arbitrary<ReportContent> =>
  fc.record({
    agency: text(40),
    year: fc.integer({ min: years.from, max: years.to }),
    unitType: fc.constantFrom('department' as const, 'government' as const),
    opening: text(40),
    overview: fc.array(
      fc.record(
        { id: key, title: text(20), body: text(40), topicId: key },
        { requiredKeys: ['id', 'title', 'body'] },
      ),
      { maxLength: 4 },
    ),
    problems: text(40),
    other: text(40),
    cells: fc.dictionary(key, fc.dictionary(key, fc.dictionary(key, text(10), { maxKeys: 3 }), { maxKeys: 3 }), {
      maxKeys: 3,
    }),
    manualTotals: fc.array(key, { maxLength: 4 }),
  })

export const draftArb: fc.Arbitrary<Draft> = fc
  .oneof(
    contentArb({ from: 2021, to: 2025 }).map((content) => ({ format: format2021, content })),
    contentArb({ from: 2019, to: 2020 }).map((content) => ({ format: format2019, content })),
  )
  .chain(({ format, content }) =>
    fc.record({
      id: key,
      formatId: fc.constant(format.id),
      formatVersion: fc.constant(format.version),
      name: text(30),
      content: fc.constant(content),
      createdAt: fc.constant('2025-01-01T00:00:00.000Z'),
      updatedAt: fc.constant('2025-01-01T00:00:00.000Z'),
      revision: fc.nat(),
    }),
  )
