// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PACKAGE_KIND, PACKAGE_VERSION, parsePackage, serializePackage } from '../../../src/core/package/data-package'
import type { Draft } from '../../../src/core/package/draft'
import { LIMITS } from '../../../src/core/schema/content-schema'
import { FORMATS } from '../../../templates/index'
import { draftArb } from './arbitraries'
import { CJK, TODAY } from './fixtures'

// 3,000: the drafts now reach the stored limits (100,000-character texts), each run costs more
const RUNS = { numRuns: 3_000 }
// thousands of generated drafts take tens of seconds on a busy 2-core machine
const SLOW = 120_000
const parse = (text: string) => parsePackage(text, FORMATS, TODAY)

/** Never throws, and a refusal always explains itself in Chinese. */
function holdsContract(text: string): boolean {
  const result = parse(text)
  return result.ok || CJK.test(result.message)
}

/**
 * The package of `draft` is accepted and gives back its content, format and name. Every property checks
 * this of the package it starts from: a parser that refuses everything (e.g. one that throws on every
 * input, the throw turned into a Chinese message) fails all of them.
 */
function roundTrips(draft: Draft, text: string = serializePackage(draft)): true {
  const result = parse(text)
  expect(result).toMatchObject({ ok: true, formatId: draft.formatId, formatVersion: draft.formatVersion })
  expect(result.ok && result.content).toEqual(draft.content)
  expect(result.ok && result.name).toBe(draft.name.trim() || `${draft.content.agency.trim() || '未填写机关名称'} ${draft.content.year}年度`)
  return true
}

/** Arbitrary texts, and now and then a valid package among them, which must then be accepted. */
const mixedWithPackages = (texts: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: texts.map((text) => ({ text, draft: undefined })) },
    { weight: 1, arbitrary: draftArb.map((draft) => ({ text: serializePackage(draft), draft })) },
  )
const contractOrRoundTrip = ({ text, draft }: { text: string; draft: Draft | undefined }) => (draft ? roundTrips(draft, text) : holdsContract(text))

const FIELDS = ['kind', 'packageVersion', 'formatId', 'formatVersion', 'exportedAt', 'name', 'content'] as const
type Field = (typeof FIELDS)[number]

/** Whether the envelope of `draft` with `value` in `field` is one the importer must accept (the oracle). */
function acceptable(draft: Draft, field: Field, value: unknown): boolean {
  const version = FORMATS.find((f) => f.id === draft.formatId)?.version ?? 0
  const intIn = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max && !Object.is(v, -0)
  switch (field) {
    case 'kind':
      return value === PACKAGE_KIND
    case 'packageVersion':
      return intIn(value, PACKAGE_VERSION)
    case 'formatId':
      return value === draft.formatId
    case 'formatVersion':
      return intIn(value, version)
    case 'exportedAt':
      return typeof value === 'string' && value.length <= 64
    case 'name':
      return typeof value === 'string' && value.length <= LIMITS.shortText
    case 'content':
      return JSON.stringify(value) === JSON.stringify(draft.content)
  }
}

/** A valid package with one envelope field replaced: by arbitrary JSON, a value of the right kind, or its own value. */
const envelopeWith = draftArb.chain((draft) =>
  fc.constantFrom(...FIELDS).chain((field) => {
    const own = JSON.parse(serializePackage(draft)) as Record<Field, unknown>
    const value = fc.oneof(fc.jsonValue(), fc.string({ maxLength: LIMITS.shortText + 2 }), fc.integer({ min: -2, max: 4 }), fc.constant(own[field]))
    return value.map((v) => ({ draft, field, value: v, text: JSON.stringify({ ...own, [field]: v }) }))
  }),
)

describe('parsePackage (properties)', () => {
  it('never throws on arbitrary strings; accepts the valid packages among them', () => {
    fc.assert(
      fc.property(mixedWithPackages(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))), contractOrRoundTrip),
      RUNS,
    )
  }, SLOW)

  it('never throws on arbitrary JSON text; accepts the valid packages among them', () => {
    fc.assert(fc.property(mixedWithPackages(fc.json()), contractOrRoundTrip), RUNS)
  }, SLOW)

  it('any JSON value in any envelope field: accepted exactly when the field allows it, else refused in Chinese', () => {
    fc.assert(
      fc.property(envelopeWith, ({ draft, field, value, text }) => {
        if (!acceptable(draft, field, value)) return !parse(text).ok && holdsContract(text)
        if (field !== 'name') return roundTrips(draft, text)
        return roundTrips({ ...draft, name: value as string }, text)
      }),
      RUNS,
    )
  }, SLOW)

  it('refuses every truncated package as damaged', () => {
    const truncated = draftArb.chain((draft) => {
      const text = serializePackage(draft)
      return fc.nat({ max: text.length - 1 }).map((end) => ({ draft, text: text.slice(0, end) }))
    })
    fc.assert(
      fc.property(truncated, ({ draft, text }) => {
        const result = parse(text)
        return roundTrips(draft) && !result.ok && result.message === '文件已损坏或不完整，无法读取'
      }),
      RUNS,
    )
  }, SLOW)

  it('never throws on a package with one character replaced or one bit flipped; a change that leaves the same JSON is accepted', () => {
    const mutated = fc
      .tuple(draftArb, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 15 }), fc.boolean())
      .map(([draft, at, ch, bit, flip]) => {
        const text = serializePackage(draft)
        const i = at % text.length
        const replacement = flip ? String.fromCharCode(text.charCodeAt(i) ^ (1 << bit)) : ch
        return { draft, text: text.slice(0, i) + replacement + text.slice(i + 1) }
      })
    const sameJson = (a: string, b: string) => {
      try {
        return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b))
      } catch {
        return false
      }
    }
    fc.assert(
      fc.property(mutated, ({ draft, text }) => roundTrips(draft) && (sameJson(text, serializePackage(draft)) ? roundTrips(draft, text) : holdsContract(text))),
      RUNS,
    )
  }, SLOW)

  it('refuses a forbidden key planted anywhere in a valid package', () => {
    const planted = fc
      .tuple(draftArb, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
      .map(([draft, key, at, value]) => {
        const text = serializePackage(draft)
        // in pretty JSON a brace followed by a real line break opens an object (strings escape \n)
        const braces = [...text.matchAll(/\{\n/g)].map((m) => m.index)
        const i = (braces[at % braces.length] ?? 0) + 1
        return { draft, text: text.slice(0, i) + `${JSON.stringify(key)}: ${JSON.stringify(value)},` + text.slice(i) }
      })
    fc.assert(
      fc.property(planted, ({ draft, text }) => {
        const result = parse(text)
        return roundTrips(draft) && !result.ok && result.message === '数据包含有不允许的字段名'
      }),
      RUNS,
    )
  }, SLOW)

  it('gives back equal content, name and format after serialize → parse', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const result = parse(serializePackage(draft))
        expect(result).toMatchObject({ ok: true, formatId: draft.formatId, formatVersion: draft.formatVersion })
        expect(result.ok && result.content).toEqual(draft.content)
        expect(result.ok && result.name).toBe(draft.name.trim() || `${draft.content.agency.trim() || '未填写机关名称'} ${draft.content.year}年度`)
      }),
      RUNS,
    )
  }, SLOW)
})
