/** A stretch of this year's text found word for word in last year's. */
export interface Passage {
  /** where it starts in this year's text */
  readonly at: number
  readonly length: number
  /** where it starts in last year's text */
  readonly lastAt: number
}

export interface Similarity {
  /** the share of this year's characters (not counting spaces) inside passages, 0…1 */
  readonly ratio: number
  readonly passages: readonly Passage[]
}

/**
 * k-character grams of last year's text in a chained hash table: one typed array, no allocation per
 * gram. Positions are stored plus one, so the array's zeros are the empty links and need no filling.
 */
export interface GramIndex {
  readonly text: string
  /** bucket → 1 + the last position whose gram falls in it, or 0 */
  readonly head: Int32Array
  /** position → 1 + the previous position in the same bucket, or 0 */
  readonly next: Int32Array
}

const K = 10
/** shorter common runs are set phrases (「政府信息公开条例」), not copying */
export const MIN_PASSAGE = 20
/** candidates tried per position: repeated grams (table rows of 0s) must not make it quadratic */
const MAX_TRIES = 8

function bucketBits(n: number): number {
  let bits = 10
  while (1 << bits < n * 2 && bits < 22) bits++
  return bits
}

const BASE = 31
/** BASE^(K-1), to drop a gram's first character from its hash */
const POW = (() => {
  let pow = 1
  for (let i = 1; i < K; i++) pow = Math.imul(pow, BASE)
  return pow
})()

/** The hash of the K characters at `at` (the same value the rolling hash of indexGrams gives there). */
function gramHash(text: string, at: number): number {
  let h = 0
  for (let i = at; i < at + K; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0
  return h
}

/** The length of the typed array an index of a text of `length` characters needs. */
export const gramTableLength = (length: number): number => (1 << bucketBits(length)) + length

/**
 * The index of `text`. With `reuse` (at least gramTableLength long) it is built in that array instead of
 * a new one, and valid until the array is used again: a batch audit builds one per report, and a new
 * typed array each time was half the cost. Only the heads need clearing: every link read was written.
 */
export function indexGrams(text: string, reuse?: Int32Array): GramIndex {
  const bits = bucketBits(text.length)
  const mask = (1 << bits) - 1
  const size = (1 << bits) + text.length
  const reused = reuse !== undefined && reuse.length >= size
  const table = reused ? reuse.subarray(0, size) : new Int32Array(size)
  if (reused) table.fill(0, 0, 1 << bits)
  const heads = 1 << bits
  if (text.length >= K) {
    // rolling: each gram's hash from the one before in constant time; one array indexed with the links'
    // offset, not two views (a loop, not a callback: this runs for every report of a batch audit)
    let h = gramHash(text, 0)
    const last = text.length - K
    for (let at = 0; at <= last; at++) {
      const b = h & mask
      table[heads + at] = table[b] as number
      table[b] = at + 1
      if (at < last) h = (Math.imul(h - Math.imul(text.charCodeAt(at), POW), BASE) + text.charCodeAt(at + K)) | 0
    }
  }
  return { text, head: table.subarray(0, heads), next: table.subarray(heads) }
}

/**
 * The passages of `now` that last year's text has too (N-9, spec §4.6), the longest of a few candidates
 * at each position. Linear in both lengths: two 10,000-character texts take a few milliseconds. A gram's
 * hash is computed only where the scan looks (a passage found is skipped whole, so copied text costs
 * little beyond the comparison itself).
 */
export function similarPassages(now: string, last: GramIndex): Similarity {
  const passages: Passage[] = []
  const old = last.text
  const mask = last.head.length - 1
  // the visible characters outside passages, counted as the scan steps over them: the covered ones are the
  // rest, so copied text is not counted twice
  let uncovered = 0
  let i = 0
  while (i + K <= now.length) {
    let best = 0
    let bestAt = -1
    let tries = 0
    for (let j = (last.head[gramHash(now, i) & mask] as number) - 1; j >= 0 && tries < MAX_TRIES; j = (last.next[j] as number) - 1, tries++) {
      let n = 0
      while (i + n < now.length && j + n < old.length && now.charCodeAt(i + n) === old.charCodeAt(j + n)) n++
      if (n > best) {
        best = n
        bestAt = j
      }
    }
    if (best >= MIN_PASSAGE) {
      passages.push({ at: i, length: best, lastAt: bestAt })
      i += best
    } else {
      if (isVisible(now.charCodeAt(i))) uncovered++
      i++
    }
  }
  uncovered += countVisible(now, i, now.length)
  const visible = countVisible(now, 0, now.length)
  return { ratio: visible === 0 ? 0 : (visible - uncovered) / visible, passages }
}

const isVisible = (c: number) => c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0x3000 && c !== 0xa0

function countVisible(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (isVisible(s.charCodeAt(i))) n++
  return n
}
