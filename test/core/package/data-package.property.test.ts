// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePackage, serializePackage } from '../../../src/core/package/data-package'
import { FORMATS } from '../../../templates/index'
import { draftArb } from './arbitraries'
import { CJK, TODAY } from './fixtures'

const RUNS = { numRuns: 10_000 }
// 10,000 generated drafts take seconds on a 2-core CI machine
const SLOW = 120_000
const parse = (text: string) => parsePackage(text, FORMATS, TODAY)

/** Never throws, and a refusal always explains itself in Chinese. */
function holdsContract(text: string): boolean {
  const result = parse(text)
  return result.ok || CJK.test(result.message)
}

/** A valid package, plus the same envelope with arbitrary JSON put in one of its fields. */
const envelopeWith = fc
  .tuple(draftArb, fc.constantFrom('kind', 'packageVersion', 'formatId', 'formatVersion', 'name', 'content'), fc.jsonValue())
  .map(([draft, field, value]) => JSON.stringify({ ...JSON.parse(serializePackage(draft)), [field]: value }))

describe('parsePackage (properties)', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), holdsContract),
      RUNS,
    )
  }, SLOW)

  it('never throws on arbitrary JSON text', () => {
    fc.assert(fc.property(fc.json(), holdsContract), RUNS)
  }, SLOW)

  it('never throws on arbitrary JSON values in any envelope field', () => {
    fc.assert(fc.property(envelopeWith, holdsContract), RUNS)
  }, SLOW)

  it('refuses every truncated package as damaged', () => {
    const truncated = draftArb.chain((draft) => {
      const text = serializePackage(draft)
      return fc.nat({ max: text.length - 1 }).map((end) => text.slice(0, end))
    })
    fc.assert(
      fc.property(truncated, (text) => {
        const result = parse(text)
        return !result.ok && result.message === '文件已损坏或不完整，无法读取'
      }),
      RUNS,
    )
  }, SLOW)

  it('never throws on a package with one character replaced or one bit flipped', () => {
    const mutated = fc
      .tuple(draftArb, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 15 }), fc.boolean())
      .map(([draft, at, ch, bit, flip]) => {
        const text = serializePackage(draft)
        const i = at % text.length
        const replacement = flip ? String.fromCharCode(text.charCodeAt(i) ^ (1 << bit)) : ch
        return text.slice(0, i) + replacement + text.slice(i + 1)
      })
    fc.assert(fc.property(mutated, holdsContract), RUNS)
  }, SLOW)

  it('refuses a forbidden key planted anywhere in a valid package', () => {
    const planted = fc
      .tuple(draftArb, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
      .map(([draft, key, at, value]) => {
        const text = serializePackage(draft)
        // in pretty JSON a brace followed by a real line break opens an object (strings escape \n)
        const braces = [...text.matchAll(/\{\n/g)].map((m) => m.index)
        const i = (braces[at % braces.length] ?? 0) + 1
        return text.slice(0, i) + `${JSON.stringify(key)}: ${JSON.stringify(value)},` + text.slice(i)
      })
    fc.assert(
      fc.property(planted, (text) => {
        const result = parse(text)
        return !result.ok && result.message === '数据包含有不允许的字段名'
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
