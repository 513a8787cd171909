/** Small text helpers shared by the importer (spec §8 Q3, Q4, Q6, Q7, Q10, Q13). */

/**
 * The key used to compare labels and headings: NFKC (full-width digits and parentheses become ASCII,
 * so `(二)` and `（二）` agree, Q10) with every whitespace removed (`商业\n企业`, `总 计`, NBSP; Q3, Q4).
 */
export function canonical(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '')
}

/** Q6: Word's hidden `[bookmark: _GoBack]` rendered as text. */
export function stripBookmarks(s: string): string {
  return s.replace(/\[bookmark:[^\]]*\]/g, '')
}

/** Q7: leading U+3000/ASCII spaces and long trailing runs are not indentation; String#trim covers both. */
export function cleanLine(s: string): string {
  return stripBookmarks(s).trim()
}

/** Paragraphs joined with '\n', each trimmed, empty ones dropped. */
export function joinParagraphs(lines: readonly string[]): string {
  return lines
    .map(cleanLine)
    .filter((l) => l !== '')
    .join('\n')
}

/** Shortens a text for a notice. */
export function excerpt(s: string, max = 20): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max)}…` : t
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/
const WITH_UNIT = /^([-+]?\d+(?:\.\d+)?)(万元|元|件|条|项|个)$/
/** Q13 / S-4: what published tables print for "nothing" */
const PLACEHOLDERS = new Set(['/', '-', '--', '—', '——', '–', '~', '无', '空', '×', 'x', 'X'])

/** Could this table cell be a numeric cell (a number, a placeholder or blank)? */
export function isValueLike(raw: string): boolean {
  const s = canonical(raw)
  return s === '' || NUMBER.test(s) || PLACEHOLDERS.has(s) || WITH_UNIT.test(s)
}

/** Does the cell hold a real number (not blank, not a placeholder)? */
export function hasDigits(raw: string): boolean {
  return /\d/.test(canonical(raw))
}

/**
 * Moves the decimal point of a non-negative decimal string by `places` (negative: to the left), exactly,
 * without going through floating point: shiftDecimal('251000', -4) === '25.1'.
 */
export function shiftDecimal(value: string, places: number): string {
  const sign = value.startsWith('-') ? '-' : ''
  const body = value.replace(/^[-+]/, '')
  const [int = '', frac = ''] = body.split('.')
  let digits = int + frac
  let point = int.length + places
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const fraction = digits.slice(point).replace(/0+$/, '')
  return sign + (fraction ? `${whole}.${fraction}` : whole)
}

export type CellUnitKind = 'count' | 'signedCount' | 'wanYuan' | 'yuan'

/** What became of a printed cell: the text to store, and a notice when it was read leniently. */
export interface ValueReading {
  readonly text: string
  readonly notice?: string
}

/**
 * The text to store for a printed numeric cell (Q4, Q5, Q13): whitespace and NBSP removed; blanks and
 * placeholders become '0'; a unit inside the cell is converted to the cell's unit. Anything else is kept
 * as printed (the form will flag it) with a notice.
 */
export function readValue(raw: string, kind: CellUnitKind): ValueReading {
  const s = canonical(raw)
  if (NUMBER.test(s)) return { text: s.replace(/^\+/, '') }
  if (s === '') return { text: '0', notice: '为空，已按0处理' }
  if (PLACEHOLDERS.has(s)) return { text: '0', notice: `为“${s}”，已按0处理` }
  const m = WITH_UNIT.exec(s)
  if (m) {
    const num = (m[1] ?? '0').replace(/^\+/, '')
    const unit = m[2] ?? ''
    if (kind === 'wanYuan' && unit === '元') return { text: shiftDecimal(num, -4), notice: `为“${s}”，已换算为${shiftDecimal(num, -4)}万元` }
    if (kind === 'yuan' && unit === '万元') return { text: shiftDecimal(num, 4), notice: `为“${s}”，已换算为${shiftDecimal(num, 4)}元` }
    return { text: num, notice: `为“${s}”，已去掉单位` }
  }
  return { text: s, notice: `为“${s}”，无法识别为数字，请核对` }
}
