import type { Part, ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { subsectionRef } from './field-ref'
import type { FieldRef } from './types'

/** One written part of the report, as the narrative checks see it. */
export interface WrittenField {
  readonly field: FieldRef
  /** how messages name it: 开头, 总体情况「依申请公开」, 第五部分 */
  readonly name: string
  readonly text: string
  readonly kind: 'opening' | 'overview' | 'problems' | 'other'
  /** the template's part that holds the text; `title` for the opening */
  readonly partId: string
}

/** The part of the template that stores its text in this field of the content. */
const PART_KIND_OF = { overview: 'overview', problems: 'text', other: 'other' } as const satisfies Record<string, Part['kind']>

const NUMERALS = '一二三四五六七八九十'

export function writtenFields(content: ReportContent, template: ReportTemplate): WrittenField[] {
  const part = (kind: keyof typeof PART_KIND_OF) => {
    const i = template.parts.findIndex((p) => p.kind === PART_KIND_OF[kind])
    return { partId: template.parts[i]?.id ?? 'title', name: `第${NUMERALS[i] ?? i + 1}部分` }
  }
  const overview = part('overview').partId
  return [
    { field: 'opening', name: '开头', text: content.opening, kind: 'opening', partId: 'title' },
    ...content.overview.map((s) => ({ field: subsectionRef(s.id), name: `总体情况「${s.title || '未命名小节'}」`, text: `${s.title}\n${s.body}`, kind: 'overview' as const, partId: overview })),
    { field: 'problems', text: content.problems, kind: 'problems', ...part('problems') },
    { field: 'other', text: content.other, kind: 'other', ...part('other') },
  ]
}

/** Depth of `withoutMemos` calls in progress (evaluation is synchronous, so a counter scopes it). */
let unmemoized = 0

/**
 * Runs `work` with every memo of texts bypassed: a batch audit sees each text once, and looking a new
 * text up (hashing it, then storing it and evicting another) cost about a twentieth of a package's audit.
 */
export function withoutMemos<T>(work: () => T): T {
  unmemoized += 1
  try {
    return work()
  } finally {
    unmemoized -= 1
  }
}

/** Whether a `withoutMemos` is in progress: caches per object (a basis's index) are skipped too. */
export const memosBypassed = (): boolean => unmemoized > 0

/**
 * The last results of a pure function of a text: a keystroke changes one field, the others are found here.
 * `mayMatch` is a cheap test that lets most texts skip both the memo and the scan (`none` is returned):
 * an audit checks thousands of different texts, each once.
 */
export function memoByText<T>(fn: (text: string) => T, size = 64, mayMatch?: (text: string) => boolean, none?: T): (text: string) => T {
  const memo = new Map<string, T>()
  return (text) => {
    if (mayMatch && !mayMatch(text)) return none as T
    if (unmemoized > 0) return fn(text)
    const hit = memo.get(text)
    if (hit !== undefined) return hit
    const value = fn(text)
    if (memo.size >= size) memo.delete(memo.keys().next().value as string)
    memo.set(text, value)
    return value
  }
}

/** 「…予以公开258件…」 cut to at most 40 characters for a message. */
export function quoteOf(s: string): string {
  const t = s.replace(/\s+/gu, '')
  return t.length > 40 ? `${t.slice(0, 40)}…` : t
}
