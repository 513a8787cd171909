import fc from 'fast-check'
import type { Draft } from '../../../src/core/package/draft'
import { LIMITS } from '../../../src/core/schema/content-schema'
import type { ReportContent } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * What users and damaged files put in text: CJK, JSON's own syntax, and the characters that break naive
 * code: control characters, lone surrogates, the noncharacters U+FFFE/U+FFFF, U+202E (RTL override),
 * U+200B and U+FEFF, and an emoji's two halves.
 */
const PLAIN = [...'政府信息公开年报０１２3 "\\\n\t{}[],:科委局']
const TRAPS = ['\u0000', '\u0001', '\u0008', '\u001f', '\u007f', '\u0085', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '\u202E', '\u202D', '\u200B', '\uFEFF', '\u2028']
const unit = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...TRAPS) })

/** A text of exactly `length` UTF-16 units: a generated piece repeated (cheap even for 100,000). */
const exactly = (length: number) =>
  fc.string({ unit, minLength: 1, maxLength: 12 }).map((piece) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length))

/**
 * Short texts mostly, and now and then one at the stored limit (64 / 200 / 100,000) or just under it.
 * `rare` is the weight of the limit cases against 100 for short ones (100,000-character texts are slow).
 */
const text = (max: number, rare = 5) =>
  fc.oneof(
    { weight: 100, arbitrary: fc.string({ unit, maxLength: Math.min(max, 40) }) },
    { weight: rare, arbitrary: fc.constantFrom(max, max - 1).chain(exactly) },
  )

// fc.stringMatching is ~20× slower; 10,000 runs need a cheap key generator
const key = fc
  .oneof(
    { weight: 20, arbitrary: fc.string({ unit: fc.constantFrom(...'abcdeinoprstuy_019'), minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: exactly(64) },
  )
  .filter((k) => !FORBIDDEN.has(k))

const subsection = fc.record({ id: key, title: text(LIMITS.shortText), body: text(LIMITS.longText, 1), topicId: key }, { requiredKeys: ['id', 'title', 'body'] })

/** Content that the schema accepts, for a year the given format covers (up to 2025, see TODAY). */
export const contentArb = (years: { from: number; to: number }): fc.Arbitrary<ReportContent> =>
  fc.record({
    agency: text(LIMITS.shortText),
    year: fc.integer({ min: years.from, max: years.to }),
    unitType: fc.constantFrom('department' as const, 'government' as const),
    opening: text(LIMITS.longText, 1),
    overview: fc.oneof(
      { weight: 30, arbitrary: fc.array(subsection, { maxLength: 4 }) },
      // as many sub-sections as a draft may hold
      { weight: 1, arbitrary: fc.array(subsection, { minLength: LIMITS.subsections, maxLength: LIMITS.subsections }) },
    ),
    problems: text(LIMITS.longText, 1),
    other: text(LIMITS.longText, 1),
    cells: fc.dictionary(key, fc.dictionary(key, fc.dictionary(key, text(LIMITS.cellText), { maxKeys: 3 }), { maxKeys: 3 }), {
      maxKeys: 3,
    }),
    manualTotals: fc.array(key, { maxLength: LIMITS.tables }),
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
      // names carry the traps too: U+202E in a name must not turn a file name around
      name: text(LIMITS.shortText),
      content: fc.constant(content),
      createdAt: fc.constant('2025-01-01T00:00:00.000Z'),
      updatedAt: fc.constant('2025-01-01T00:00:00.000Z'),
      revision: fc.nat(),
    }),
  )
