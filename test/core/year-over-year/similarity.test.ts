import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gramTableLength, indexGrams, MIN_PASSAGE, similarPassages } from '../../../src/core/year-over-year/similarity'

/**
 * The scan as first written (every gram of this year's text hashed up front, rolling): the faster scan
 * must find exactly the same passages, since N-9's share and the 对照上年 marks come from them.
 */
function reference(now: string, lastText: string) {
  const K = 10
  // each K-gram's hash, rolling: h = Σ c·31^(K-1-k) over the gram, wrapped to 32 bits
  const grams = (text: string, mask: number) => {
    const out: number[] = []
    let h = 0
    for (let i = 0; i < text.length; i++) {
      h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0
      if (i >= K) h = (h - Math.imul(text.charCodeAt(i - K), 31 ** K | 0)) | 0
      if (i >= K - 1) out.push(h & mask)
    }
    return out
  }
  let bits = 10
  while (1 << bits < lastText.length * 2 && bits < 22) bits++
  const mask = (1 << bits) - 1
  const head = new Map<number, number>()
  const next: number[] = []
  grams(lastText, mask).forEach((b, at) => {
    next[at] = head.get(b) ?? -1
    head.set(b, at)
  })
  const buckets = grams(now, mask)
  const passages: { at: number; length: number; lastAt: number }[] = []
  let i = 0
  while (i + K <= now.length) {
    let best = 0
    let bestAt = -1
    let tries = 0
    for (let j = head.get(buckets[i] as number) ?? -1; j >= 0 && tries < 8; j = next[j] as number, tries++) {
      let n = 0
      while (i + n < now.length && j + n < lastText.length && now[i + n] === lastText[j + n]) n++
      if (n > best) [best, bestAt] = [n, j]
    }
    if (best >= MIN_PASSAGE) {
      passages.push({ at: i, length: best, lastAt: bestAt })
      i += best
    } else i++
  }
  return passages
}

/** Texts from a few characters, with stretches of last year's text copied in: repeats, near-repeats, spaces. */
const pairOf = (alphabet: readonly string[]) => fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...alphabet), minLength: 20, maxLength: 400, size: 'max' }),
    fc.array(fc.tuple(fc.nat(400), fc.nat(120), fc.string({ unit: fc.constantFrom('新', '增', '。', ' '), maxLength: 6 })), { maxLength: 6 }),
  )
  .map(([last, cuts]) => [cuts.map(([at, len, glue]) => last.slice(at, at + len) + glue).join(''), last] as const)
const pair = pairOf(['政', '府', '信', '息', '公', '开', '0', '1', ' ', '\n', '。', '年'])
/** two characters: every gram recurs, so the candidates tried at a position are cut off after a few */
const repetitive = pairOf(['0', '1'])

describe('similarPassages', () => {
  it('finds the same passages as the full scan, on any texts', () => {
    fc.assert(
      fc.property(pair, ([now, last]) => {
        expect(similarPassages(now, indexGrams(last)).passages).toEqual(reference(now, last))
      }),
      { numRuns: 400 },
    )
    fc.assert(
      fc.property(repetitive, ([now, last]) => {
        expect(similarPassages(now, indexGrams(last)).passages).toEqual(reference(now, last))
      }),
      { numRuns: 200 },
    )
  })

  it('the share is the visible characters inside passages over all visible characters, on any texts', () => {
    const visible = (s: string) => s.replace(/[ \n\r\t\u3000\u00a0]/g, '').length
    fc.assert(
      fc.property(fc.oneof(pair, repetitive), ([now, last]) => {
        const { ratio, passages } = similarPassages(now, indexGrams(last))
        const inside = passages.reduce((n, p) => n + visible(now.slice(p.at, p.at + p.length)), 0)
        expect(ratio).toBeCloseTo(visible(now) === 0 ? 0 : inside / visible(now), 12)
      }),
      { numRuns: 400 },
    )
  })

  it('an index built in a reused array (a batch audit’s) finds the same passages as a new one, whatever the array held', () => {
    // one array for every index, left by the index before it, or full of links to a real position of this
    // text (a stale head would add that position as a candidate in every bucket)
    let shared = new Int32Array(0)
    for (const [texts, runs] of [[pair, 300], [repetitive, 300]] as const) {
      fc.assert(
        fc.property(texts, texts, fc.nat(400), ([now, last], [, before], junk) => {
          if (shared.length < gramTableLength(Math.max(last.length, before.length))) shared = new Int32Array(gramTableLength(Math.max(last.length, before.length)) + 64)
          if (junk % 2 === 0) indexGrams(before, shared)
          else shared.fill(1 + (junk % last.length))
          const reused = indexGrams(last, shared)
          const fresh = indexGrams(last)
          // the same table: every head, and every link the scan can reach (one per gram)
          expect(reused.head).toEqual(fresh.head)
          expect(reused.next.subarray(0, Math.max(0, last.length - 9))).toEqual(fresh.next.subarray(0, Math.max(0, last.length - 9)))
          expect(similarPassages(now, reused).passages).toEqual(reference(now, last))
        }),
        { numRuns: runs },
      )
    }
  })

  it('every passage is a word-for-word stretch of both texts, in order and not overlapping', () => {
    fc.assert(
      fc.property(pair, ([now, last]) => {
        let end = 0
        for (const p of similarPassages(now, indexGrams(last)).passages) {
          expect(p.length).toBeGreaterThanOrEqual(MIN_PASSAGE)
          expect(p.at).toBeGreaterThanOrEqual(end)
          expect(now.slice(p.at, p.at + p.length)).toBe(last.slice(p.lastAt, p.lastAt + p.length))
          end = p.at + p.length
        }
      }),
    )
  })

  it('a copied text is all passage; the share counts characters, not spaces', () => {
    const last = '深入落实政府信息公开申请登记、审核、办理、答复、归档等工作制度，畅通受理渠道，规范答复意见。'
    expect(similarPassages(last, indexGrams(last))).toEqual({ ratio: 1, passages: [{ at: 0, length: last.length, lastAt: 0 }] })
    const now = `本年度新写的一句话，与上年无关。${last}`
    const { ratio, passages } = similarPassages(now, indexGrams(last))
    expect(passages).toEqual([{ at: 16, length: last.length, lastAt: 0 }])
    expect(ratio).toBeCloseTo(last.length / now.length, 10)
    expect(similarPassages('　　 ', indexGrams(last)).ratio).toBe(0)
    const middle = last.slice(10, 40)
    expect(similarPassages(`新写：${middle}`, indexGrams(last)).passages).toEqual([{ at: 3, length: 30, lastAt: 10 }])
  })
})
