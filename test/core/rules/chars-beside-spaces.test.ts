import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasCharsBesideSpaces } from '../../../src/core/rules/similar-text'

// every character `\s` matches, some that look like spaces but are not (U+180E, U+200B), and others
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
const OTHERS = ['政', 'a', '0', '\u180e', '\u200b', '\u1fff', '\u2030', '😀']

describe('hasCharsBesideSpaces', () => {
  it('says what removing \\s and counting says, for any text and count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 40 }), fc.nat(45), (chars, n) => {
        const text = chars.join('')
        expect(hasCharsBesideSpaces(text, n)).toBe(text.replace(/\s+/gu, '').length >= n)
      }),
      { numRuns: 2000 },
    )
  })

  it('every character \\s matches is skipped, the look-alikes are counted', () => {
    expect(hasCharsBesideSpaces(SPACES.join(''), 1)).toBe(false)
    expect(hasCharsBesideSpaces('\u180e\u200b', 2)).toBe(true)
  })
})
