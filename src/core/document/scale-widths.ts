/**
 * Scales relative widths to integers that add up to exactly `total` (largest remainder), so a table
 * fills the text block to the twip whatever its template's widths add up to.
 *
 * @example scaleWidths([1, 1, 1], 10) // [4, 3, 3]
 */
export function scaleWidths(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + Math.max(0, b), 0)
  const shares = sum > 0 ? widths.map((w) => (Math.max(0, w) * total) / sum) : widths.map(() => total / widths.length)
  const out = shares.map(Math.floor)
  let rest = total - out.reduce((a, b) => a + b, 0)
  const order = shares.map((s, i) => ({ i, frac: s - Math.floor(s) })).sort((a, b) => b.frac - a.frac || a.i - b.i)
  for (const { i } of order) {
    if (rest <= 0) break
    out[i] = (out[i] ?? 0) + 1
    rest -= 1
  }
  return out
}
