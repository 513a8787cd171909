/**
 * Character-level clean-up of number text and exact decimal arithmetic on digit strings.
 * Used by normalizeCell; every function here is total (never throws) and works on strings only,
 * so 万元 figures such as 1932.5830 never pass through binary floating point.
 */

// Invisible characters that Word, WPS and web pages leave in copied text; they never carry meaning.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/**
 * Removes invisible characters anywhere, then trims every Unicode space (NBSP, U+3000, tabs, newlines).
 * Uses the built-in trim rather than a regex so that long padded input stays linear.
 */
export function stripInvisible(raw: string): string {
  return raw.replace(INVISIBLE, '').trim()
}

// Chinese IMEs produce full-width forms; Word's autocorrect turns '-' into dashes.
// '。' is included because typing '.' in Chinese punctuation mode yields it.
const ASCII_OF: Readonly<Record<string, string>> = {
  '．': '.', '。': '.', '，': ',', '＋': '+',
  '－': '-', '−': '-', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '﹣': '-',
}
const NON_ASCII_PUNCT = /[．。，＋－−‐‑‒–—﹣]/g

/** Full-width digits, dots, commas, plus and the various minus signs and dashes → ASCII. */
export function toAsciiNumberChars(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(NON_ASCII_PUNCT, (c) => ASCII_OF[c] ?? c)
}

/**
 * Spaces between two digits act as thousands separators ('1 234'); any other space is dropped
 * ('- 3', '12 件'). Turning them into commas makes '1 23' fail the same grouping check as '1,23'.
 */
export function collapseSpaces(s: string): string {
  return s.replace(/(\d)\s+(?=\d)/g, '$1,').replace(/\s+/g, '')
}

/** A decimal split into sign, integer digits (no leading zeros, at least '0') and fraction digits. */
export interface DecimalParts {
  readonly negative: boolean
  readonly int: string
  readonly frac: string
}

/** Why text is not a decimal: bad thousands grouping, another notation (1e5, 0x10, NaN), or anything else. */
export type DecimalProblem = 'grouping' | 'notation' | 'malformed'

const DECIMAL = /^([+-]?)(\d+(?:,\d+)*)?(?:\.(\d*))?$/
const GROUPED = /^\d{1,3}(?:,\d{3})*$/
const NOTATION = /^[+-]?(?:[\d.,]*\d[\d.,]*e[+-]?\d+|0[xbo][\da-f]+|infinity|∞|nan)$/i

/** Reads ASCII text (after toAsciiNumberChars and collapseSpaces) as a plain decimal. */
export function parseDecimal(s: string): DecimalParts | DecimalProblem {
  const m = DECIMAL.exec(s)
  if (!m) return NOTATION.test(s) ? 'notation' : 'malformed'
  const [, sign = '', grouped = '', frac = ''] = m
  if (grouped === '' && frac === '') return 'malformed'
  if (grouped.includes(',') && !GROUPED.test(grouped)) return 'grouping'
  return { negative: sign === '-', int: stripLeadingZeros(grouped.replace(/,/g, '')), frac }
}

export function stripLeadingZeros(int: string): string {
  return int.replace(/^0+/, '') || '0'
}

export function isZero(d: DecimalParts): boolean {
  return d.int === '0' && !/[1-9]/.test(d.frac)
}

/**
 * Multiplies by 10^places (negative: divides) by moving the decimal point, so 251000 元 becomes
 * exactly 25.1 万元. Leading zeros of the integer and trailing zeros of the fraction are dropped.
 */
export function shiftPoint(d: DecimalParts, places: number): DecimalParts {
  let int: string
  let frac: string
  if (places >= 0) {
    const f = d.frac.padEnd(places, '0')
    int = d.int + f.slice(0, places)
    frac = f.slice(places)
  } else {
    const n = -places
    const i = d.int.padStart(n + 1, '0')
    int = i.slice(0, i.length - n)
    frac = i.slice(i.length - n) + d.frac
  }
  return { negative: d.negative, int: stripLeadingZeros(int), frac: frac.replace(/0+$/, '') }
}

/** Canonical text: '-' only for non-zero negatives, no '+', no leading zeros, fraction as given. */
export function decimalText(d: DecimalParts): string {
  const sign = d.negative && !isZero(d) ? '-' : ''
  return sign + d.int + (d.frac === '' ? '' : `.${d.frac}`)
}
