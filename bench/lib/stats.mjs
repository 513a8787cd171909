// Summary statistics for the benchmark. Percentiles interpolate linearly between order statistics
// (the "R-7" / numpy default definition), so p95 of 224 samples lies between the 213th and 214th.

export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (xs.length === 0) return Number.NaN
  const pos = (xs.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)
}

export const median = (values) => quantile(values, 0.5)
export const p95 = (values) => quantile(values, 0.95)

/** { n, median, p95, min, max } rounded to 0.1 */
export function summary(values) {
  const xs = values.filter((v) => Number.isFinite(v))
  const r = (v) => Math.round(v * 10) / 10
  return { n: xs.length, median: r(median(xs)), p95: r(p95(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)) }
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms))
