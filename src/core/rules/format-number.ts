/** Exact to 4 decimal places: counts are integers and 万元 have at most 4 places. */
const SCALE = 10_000

export function toScaled(n: number): number {
  return Math.round(n * SCALE)
}

export function formatScaled(scaled: number): string {
  const sign = scaled < 0 ? '-' : ''
  const abs = Math.abs(scaled)
  const int = Math.floor(abs / SCALE)
  const frac = abs % SCALE
  if (frac === 0) return `${sign}${int}`
  return `${sign}${int}.${String(frac).padStart(4, '0').replace(/0+$/, '')}`
}

export function formatNumber(n: number): string {
  return formatScaled(toScaled(n))
}

const FORMATTED = /^-?\d{1,12}(?:\.\d{1,4})?$/

/**
 * Reads back what formatNumber wrote (a basis stores last year's figures so): null for anything else.
 * Not a reader of typed or printed text: that is normalizeCell's, the one reader of people's numbers.
 */
export function parseFormatted(text: string | undefined | null): number | null {
  return typeof text === 'string' && FORMATTED.test(text) ? Number(text) : null
}
