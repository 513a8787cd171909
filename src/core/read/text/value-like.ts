import { normalizeCell } from '../../values/normalize-cell'

/** Could this table cell be a numeric cell (a number, a placeholder, a unit, or blank)? Read by `normalizeCell`. */
export function isValueLike(raw: string): boolean {
  return normalizeCell(raw, 'signedCount').status !== 'invalid' || normalizeCell(raw, 'wanYuan').status !== 'invalid'
}

/** Does the cell hold a real number (not blank, not a placeholder)? */
export function hasDigits(raw: string): boolean {
  return /\d/.test(raw.normalize('NFKC'))
}
