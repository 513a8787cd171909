/**
 * mulberry32: a small deterministic generator. The benchmark edits the same cells and the fault tests
 * crash at the same moments on every run, so a figure can be compared and a failure replayed.
 */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
