import type { CellKind } from '../template/types'
import {
  collapseSpaces,
  decimalText,
  isZero,
  parseDecimal,
  shiftPoint,
  stripInvisible,
  toAsciiNumberChars,
  type DecimalParts,
} from './number-text'

/** What became of a typed cell text. */
export type CellReading =
  | { readonly status: 'blank' }
  | {
      readonly status: 'ok'
      /** the number; decimals are exact to their places for the magnitudes allowed */
      readonly value: number
      /** canonical text to store and print: '12', '-3', '1932.5830' */
      readonly text: string
      /** set when the input was read leniently, e.g. 「“无”按0处理」 */
      readonly notice?: string
    }
  | { readonly status: 'invalid'; readonly reason: string }

type Unit = '件' | '元' | '万元'

interface KindRule {
  readonly signed: boolean
  /** decimal places allowed; 0 means an integer */
  readonly places: number
  /** digits allowed before the point: bounds 9,999,999 件, 99,999,999.9999 万元, 9,999,999,999.99 元 */
  readonly maxIntDigits: number
  readonly unit: Unit
  /** what the cell expects, said when the text is not a number at all */
  readonly expected: string
}

const RULES: Readonly<Record<CellKind, KindRule>> = {
  count: { signed: false, places: 0, maxIntDigits: 7, unit: '件', expected: '请填写非负整数' },
  signedCount: { signed: true, places: 0, maxIntDigits: 7, unit: '件', expected: '请填写整数（减少填负数）' },
  wanYuan: { signed: false, places: 4, maxIntDigits: 8, unit: '万元', expected: '请填写金额（万元，最多4位小数）' },
  yuan: { signed: false, places: 2, maxIntDigits: 10, unit: '元', expected: '请填写金额（元，最多2位小数）' },
}

/** Longer text cannot be a number we accept; refusing early bounds the work on pasted junk. */
const MAX_LENGTH = 64

// What published reports and people put in cells that have nothing to report (spec §4 S-4, §8 Q13):
// read as 0, always with a notice. 「--」 is a dash typed with the keyboard; 「零」 is the word for 0.
const PLACEHOLDERS: ReadonlySet<string> = new Set(['/', '／', '-', '－', '−', '—', '–', '——', '--', '无', '零'])

// Marks that do not say 0: 「×」 or 「x」 may mean "not applicable" or "not counted", 「~」 a range, 「空」 that
// the cell was left empty on purpose. Typed or imported, they are refused with a reason, never read as 0.
const REFUSED: ReadonlyMap<string, string> = new Map([
  ['×', '「×」不是数字：没有发生请填0'],
  ['x', '「x」不是数字：没有发生请填0'],
  ['X', '「X」不是数字：没有发生请填0'],
  ['~', '「~」不是数字：请填写一个数'],
  ['～', '「～」不是数字：请填写一个数'],
  ['空', '「空」不是数字：没有发生请填0'],
])

// 万元 before 元, so that '12万元' is not read as '12万' + 元.
const UNIT_SUFFIX = /(万元|元|件)$/

const BLANK: CellReading = { status: 'blank' }

function invalid(reason: string): CellReading {
  return { status: 'invalid', reason }
}

/** Power of ten that turns an amount in `from` into the cell's unit, or a reason when units do not mix. */
function unitShift(from: Unit | undefined, rule: KindRule): number | string {
  if (from === undefined || from === rule.unit) return 0
  if (rule.unit === '件') return '此处填件数，不是金额'
  if (from === '件') return '此处填金额，不是件数'
  return from === '元' ? -4 : 4
}

/**
 * Reads what a person typed or pasted into a numeric cell.
 *
 * Lenient about form (full-width digits, NBSP padding, thousands separators, a trailing unit,
 * placeholders such as 「/」 and 「无」), strict about meaning (sign, integer, decimal places, size).
 * Canonical `text` reads back as itself with the same value and no notice.
 *
 * @example
 * normalizeCell('１，２３４件', 'count')    // { status: 'ok', value: 1234, text: '1234' }
 * normalizeCell('251000元', 'wanYuan')     // { status: 'ok', value: 25.1, text: '25.1', notice: '已将251000元换算为25.1万元' }
 * normalizeCell('1.5', 'count')            // { status: 'invalid', reason: '此处应填整数' }
 */
/** Plain digits, as typed almost always: read without the general path (the rule engine reads 200 cells a keystroke). */
const PLAIN = /^(?:0|[1-9][0-9]{0,6})$/

/** Readings of the small numbers most cells hold, shared rather than allocated 200 times a keystroke. */
const SMALL: readonly CellReading[] = Array.from({ length: 1000 }, (_, n) => Object.freeze({ status: 'ok', value: n, text: String(n) }))

/** '0' … '999' as its number, else -1: the figures of nearly every cell, read without a regular expression. */
function smallNumber(raw: string): number {
  const n = raw.length
  if (n === 0 || n > 3 || (n > 1 && raw.charCodeAt(0) === 48)) return -1
  let v = 0
  for (let i = 0; i < n; i++) {
    const d = raw.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    v = v * 10 + d
  }
  return v
}

export function normalizeCell(raw: string, kind: CellKind): CellReading {
  if (typeof raw === 'string' && kind in RULES) {
    const small = smallNumber(raw)
    if (small >= 0) return SMALL[small] as CellReading
  }
  if (typeof raw === 'string' && PLAIN.test(raw) && kind in RULES) {
    const value = Number(raw)
    return SMALL[value] ?? { status: 'ok', value, text: raw }
  }
  const rule = RULES[kind] as KindRule | undefined
  // callers outside TypeScript (stored drafts, imports) may hand over anything
  if (typeof raw !== 'string' || rule === undefined) return invalid('请填写数字')
  const trimmed = stripInvisible(raw)
  if (trimmed === '') return BLANK
  if (trimmed.length > MAX_LENGTH) return invalid('内容过长，不是有效数字')
  if (PLACEHOLDERS.has(trimmed)) return { status: 'ok', value: 0, text: '0', notice: `「${trimmed}」按0处理` }
  const refused = REFUSED.get(trimmed)
  if (refused !== undefined) return invalid(refused)

  const ascii = toAsciiNumberChars(trimmed)
  const unit = UNIT_SUFFIX.exec(ascii)?.[1] as Unit | undefined
  const shift = unitShift(unit, rule)
  if (typeof shift === 'string') return invalid(shift)

  const parsed = parseDecimal(collapseSpaces(unit === undefined ? ascii : ascii.slice(0, -unit.length)))
  if (parsed === 'notation') return invalid('请填写数字')
  if (parsed === 'grouping') return invalid('千分位分隔不对，应每3位一组')
  if (parsed === 'malformed') return invalid(rule.expected)
  if (parsed.negative && !isZero(parsed) && !rule.signed) return invalid('此处不能填负数')

  let d: DecimalParts = shift === 0 ? parsed : shiftPoint(parsed, shift)
  let notice: string | undefined
  if (shift !== 0) {
    if (d.frac.length > rule.places) return invalid(`换算为${rule.unit}后超过${rule.places}位小数，请核对`)
    notice = `已将${decimalText(parsed)}${unit ?? ''}换算为${decimalText(d)}${rule.unit}`
  } else if (d.frac.length > rule.places) {
    // zeros beyond the allowed places change nothing, so drop them rather than refuse the value
    if (/[1-9]/.test(d.frac.slice(rule.places))) {
      return invalid(rule.places === 0 ? '此处应填整数' : `${rule.unit}最多保留${rule.places}位小数`)
    }
    d = { ...d, frac: d.frac.slice(0, rule.places) }
    if (rule.places === 0) notice = `已按整数${decimalText(d)}处理`
  }
  if (d.int.length > rule.maxIntDigits) return invalid('数值过大，请核对')

  const text = decimalText(d)
  return notice === undefined ? { status: 'ok', value: Number(text), text } : { status: 'ok', value: Number(text), text, notice }
}
