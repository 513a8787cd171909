import fc from 'fast-check'
import { CELL_KINDS, type CellKind } from '../../../src/core/template/types'
import { normalizeCell } from '../../../src/core/values/normalize-cell'

const RUNS = { numRuns: 10_000 }
const kinds = Object.values(CELL_KINDS) as CellKind[]
const kindArb = fc.constantFrom(...kinds)
const CJK = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/

/** Characters that matter to the reader: digits in both widths, separators, signs, spaces, units. */
const NUMBERISH = [
  ...'0123456789０１２３４５６７８９',
  ',', '，', '.', '．', '。', '-', '－', '\u2212', '–', '—', '+', '＋', '/', '／',
  ' ', '\u00a0', '\u3000', '\u200b', '\ufeff', '\t', '\n', '\r',
  'e', 'E', 'x', 'N', '件', '元', '万元', '无', '"', '\ud800', '\udc00',
]
const digitHeavy = fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 24 })

/** Mostly well-formed numbers for `kind`, decorated the way people type and paste them. */
function numberLike(kind: CellKind): fc.Arbitrary<string> {
  const money = kind === 'wanYuan' || kind === 'yuan'
  return fc
    .tuple(
      fc.constantFrom('', '', '', '', '-', '+', '－'),
      fc.oneof(fc.bigInt({ min: 0n, max: 9_999n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
      fc.option(fc.string({ unit: fc.constantFrom(...'0000123456789'), maxLength: 5 }), { nil: undefined, freq: money ? 1 : 3 }),
      fc.constantFrom('', '', ...(money ? ['元', '万元'] : ['件', '元'])),
      fc.constantFrom('', ' ', '\u00a0', '\u3000'),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([sign, int, frac, unit, pad, fullWidth, grouped]) => {
      const intText = grouped ? int.toLocaleString('en-US') : int.toString()
      const text = `${pad}${sign}${intText}${frac === undefined ? '' : `.${frac}`}${unit}${pad}`
      return fullWidth ? toFullWidth(text) : text
    })
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-ascii' }),
  digitHeavy,
)

/** A cell text and the kind of cell it is typed into. */
const cellInput: fc.Arbitrary<[string, CellKind]> = fc.oneof(
  fc.tuple(anyText, kindArb),
  { arbitrary: kindArb.chain((kind) => numberLike(kind).map((t): [string, CellKind] => [t, kind])), weight: 2 },
)

function toFullWidth(s: string): string {
  return s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/-/g, '－')
}

describe('normalizeCell properties', () => {
  it('never throws, and every answer is well-formed', () => {
    fc.assert(
      fc.property(cellInput, ([raw, kind]) => {
        const r = normalizeCell(raw, kind)
        if (r.status === 'ok') {
          expect(Number.isFinite(r.value)).toBe(true)
          expect(r.value).toBe(Number(r.text))
        }
      }),
      RUNS,
    )
  })

  it('is idempotent: canonical text reads back as itself, same value, no notice', () => {
    let oks = 0
    fc.assert(
      fc.property(cellInput, ([raw, kind]) => {
        const r = normalizeCell(raw, kind)
        if (r.status !== 'ok') return
        oks += 1
        expect(normalizeCell(r.text, kind)).toEqual({ status: 'ok', value: r.value, text: r.text })
      }),
      RUNS,
    )
    // guard against a vacuous property: plenty of inputs must actually be read as numbers
    expect(oks).toBeGreaterThan(2_000)
  })

  it('gives every invalid reading a non-empty Chinese reason', () => {
    let invalids = 0
    fc.assert(
      fc.property(cellInput, ([raw, kind]) => {
        const r = normalizeCell(raw, kind)
        if (r.status !== 'invalid') return
        invalids += 1
        expect(r.reason).toMatch(CJK)
      }),
      RUNS,
    )
    expect(invalids).toBeGreaterThan(1_000)
  })

  it('reads every count in range, in ASCII, full-width and with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (n) => {
        const expected = { status: 'ok', value: n, text: String(n) }
        expect(normalizeCell(String(n), 'count')).toEqual(expected)
        expect(normalizeCell(toFullWidth(String(n)), 'count')).toEqual(expected)
        expect(normalizeCell(n.toLocaleString('en-US'), 'count')).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('reads every signed count in range, in ASCII and full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999, max: 9_999_999 }), (n) => {
        const expected = { status: 'ok', value: n, text: String(n) }
        expect(normalizeCell(String(n), 'signedCount')).toEqual(expected)
        expect(normalizeCell(toFullWidth(String(n)), 'signedCount')).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('keeps 万元 decimals as typed, trailing zeros included', () => {
    const frac = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), frac, (int, f) => {
        const text = `${int}.${f}`
        expect(normalizeCell(text, 'wanYuan')).toEqual({ status: 'ok', value: Number(text), text })
      }),
      RUNS,
    )
  })

  it('converts whole 元 into 万元 exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const r = normalizeCell(`${n}元`, 'wanYuan')
        expect(r.status).toBe('ok')
        if (r.status === 'ok') expect(r.value).toBe(n / 10_000)
      }),
      RUNS,
    )
  })
})
