import type { Basis, ReportContent } from '../values/types'
import { gramTableLength, indexGrams, similarPassages, type GramIndex, type Similarity } from '../year-over-year/similarity'
import { partOf } from './narrative-figures'
import type { Problem } from './types'
import { memoByText, memosBypassed, type WrittenField } from './written-fields'

/** Share of a field's text found in last year's report above which it counts as copied (内容雷同). */
export const SIMILAR_RATIO = 0.5
/** Fields shorter than this (without spaces) are not judged: a short standard sentence may repeat. */
const MIN_CHARS = 60

/** Last year's written text: part 一's sub-sections and part 五 (part 六 and the opening are set phrases). */
export function basisText(basis: Basis): string {
  return [...basis.overview.map((s) => s.body), basis.problems].join('\n')
}

const indexes = new WeakMap<Basis, { index: GramIndex; compare: (text: string) => Similarity }>()

/** The array batch audits build their indexes in (one report's at a time). */
let scratch = new Int32Array(0)

/**
 * The comparison with one basis, built once per attached basis and remembered per field text. In a batch
 * (`withoutMemos`) each basis is seen once: its index goes in one reused array, valid until the next
 * comparerOf, and nothing is remembered.
 */
export function comparerOf(basis: Basis): (text: string) => Similarity {
  if (memosBypassed()) {
    const text = basisText(basis)
    if (scratch.length < gramTableLength(text.length)) scratch = new Int32Array(gramTableLength(text.length))
    const index = indexGrams(text, scratch)
    return (t) => similarPassages(t, index)
  }
  let hit = indexes.get(basis)
  if (!hit) {
    const index = indexGrams(basisText(basis))
    hit = { index, compare: memoByText((text) => similarPassages(text, index), 32) }
    indexes.set(basis, hit)
  }
  return hit.compare
}

/** What `\s` matches in a regular expression (ECMAScript white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * Whether `text` has at least `n` characters (UTF-16 units) other than `\s`: what
 * `text.replace(/\s+/gu, '').length >= n` says, stopping at the n-th (a batch audit asks it of every field).
 */
export function hasCharsBesideSpaces(text: string, n: number): boolean {
  let count = 0
  for (let i = 0; i < text.length && count < n; i++) if (!isSpace(text.charCodeAt(i))) count++
  return count >= n
}

/** N-9: a sub-section of part 一 or part 五 copied from last year's report. */
export function similarityProblems(content: ReportContent, fields: readonly WrittenField[]): Problem[] {
  const basis = content.basis
  if (!basis || basis.year >= content.year) return []
  const compare = comparerOf(basis)
  const out: Problem[] = []
  for (const f of fields) {
    if (f.kind !== 'overview' && f.kind !== 'problems') continue
    // the title is not part of the comparison: last year's titles are carried on purpose
    const text = f.kind === 'overview' ? f.text.slice(f.text.indexOf('\n') + 1) : f.text
    if (!hasCharsBesideSpaces(text, MIN_CHARS)) continue
    const { ratio } = compare(text)
    if (ratio < SIMILAR_RATIO) continue
    out.push({
      key: `N-9/${f.field}`,
      ruleId: 'N-9',
      severity: 'warning',
      partId: partOf(f),
      cells: [],
      field: f.field,
      message: `${f.name}有${Math.round(ratio * 100)}%的文字与${basis.year}年度报告相同：内容雷同是问责情形之一，请按本年度情况改写（可在“对照上年”中查看相同段落）`,
    })
  }
  return out
}
