// @vitest-environment node
import fc from 'fast-check'
import { formatNumber, formatScaled, parseFormatted } from '../../../src/core/rules/format-number'

describe('parseFormatted: reads back what formatNumber writes, nothing else', () => {
  it('round-trips every figure a cell can hold (to 4 places)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_9999, max: 99_999_999_9999 }), (scaled) => {
        const text = formatScaled(scaled)
        expect(parseFormatted(text)).toBe(Number(text))
        expect(formatNumber(parseFormatted(text) as number)).toBe(text)
      }),
      { numRuns: 500 },
    )
  })

  it.each(['', ' 12', '12 ', '1e3', '0x10', '1,234', '１２', '/', '无', '1.23456', '+3', 'Infinity', 'NaN', '.5', '5.'])('refuses %j (typed text is normalizeCell\'s to read)', (text) => {
    expect(parseFormatted(text)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(parseFormatted(undefined)).toBeNull()
    expect(parseFormatted(null)).toBeNull()
  })
})
