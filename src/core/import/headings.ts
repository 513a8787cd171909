/** Recognises the title (Q9) and the six part headings by their text, ignoring numbering (Q8, §2.1). */
import type { Part } from '../template/types'
import { canonical, cleanLine } from './text'

const PREFIX = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))\s*/

export interface PartMatcher {
  readonly part: Part
  readonly keys: ReadonlySet<string>
  readonly keywords: readonly string[]
}

function headingKey(text: string): { key: string; numbered: boolean } {
  const m = PREFIX.exec(text)
  const rest = m ? text.slice(m[0].length) : text
  return { key: canonical(rest).replace(/[。：:.]+$/, ''), numbered: !!m }
}

export function partMatchers(parts: readonly Part[]): PartMatcher[] {
  return parts.map((part) => {
    // the published variants and keywords are data in the templates (templates/parts/headings.ts)
    const keys = new Set([part.heading, ...(part.variants ?? [])].map((h) => headingKey(h).key))
    return { part, keys, keywords: part.keywords ?? [] }
  })
}

/** Exact heading text (after the prefix) of any part: used to end a table. */
export function isPartHeading(line: string, matchers: readonly PartMatcher[]): boolean {
  const t = cleanLine(line)
  if (t.length > 60) return false
  const { key } = headingKey(t)
  return matchers.some((m) => m.keys.has(key))
}

/**
 * The index of the part this line heads, if it is a heading of a part after `after`; `lenient` when only
 * the keywords of a numbered heading matched.
 */
export function matchHeading(
  line: string,
  matchers: readonly PartMatcher[],
  after: number,
): { index: number; lenient: boolean } | undefined {
  const t = cleanLine(line)
  if (t.length > 60 || t.endsWith('。')) return undefined
  const { key, numbered } = headingKey(t)
  for (let i = after + 1; i < matchers.length; i++) {
    if (matchers[i]?.keys.has(key)) return { index: i, lenient: false }
  }
  if (!numbered || t.length > 40) return undefined
  for (let i = after + 1; i < matchers.length; i++) {
    const words = matchers[i]?.keywords ?? []
    if (words.length > 0 && words.every((w) => key.includes(w))) return { index: i, lenient: true }
  }
  return undefined
}

const TITLE = /^(.*?)(\d{4})\s*年度?\s*政府信息公开(?:工作)?年度报告$/
const TITLE_NO_YEAR = /^(.*?)政府信息公开(?:工作)?(?:年度)?报告$/

export interface TitleReading {
  readonly agency?: string
  readonly year?: number
  /** how many of the given lines the title used */
  readonly used: number
}

function validYear(s: string | undefined, notices: string[]): number | undefined {
  const y = Number(s)
  if (y >= 1990 && y <= 2100) return y
  notices.push(`标题中的年度「${s}」不合理，请填写报告年度`)
  return undefined
}

/** Q9: the agency line, then 「YYYY年政府信息公开工作年度报告」; or both on one line; or no year. */
export function parseTitle(lines: readonly string[], notices: string[]): TitleReading {
  const nonEmpty: number[] = []
  lines.forEach((l, i) => {
    if (cleanLine(l) !== '' && nonEmpty.length < 2) nonEmpty.push(i)
  })
  const [i1, i2] = nonEmpty
  const l1 = i1 === undefined ? '' : cleanLine(lines[i1] ?? '')
  const l2 = i2 === undefined ? '' : cleanLine(lines[i2] ?? '')
  const one = TITLE.exec(l1)
  if (one) {
    const agency = (one[1] ?? '').trim()
    if (!agency) notices.push('标题中没有机关名称，请填写')
    return { agency: agency || undefined, year: validYear(one[2], notices), used: (i1 ?? 0) + 1 }
  }
  const oneNoYear = TITLE_NO_YEAR.exec(l1)
  if (oneNoYear) {
    return { agency: (oneNoYear[1] ?? '').trim() || undefined, used: (i1 ?? 0) + 1 }
  }
  if (!l1 || l1.length > 50 || /[。；]$/.test(l1) || l1.startsWith('依据')) {
    notices.push('未找到报告标题（机关名称和年度），请填写')
    return { used: 0 }
  }
  const two = TITLE.exec(l2)
  if (two) return { agency: l1 + (two[1] ?? '').trim(), year: validYear(two[2], notices), used: (i2 ?? 0) + 1 }
  if (TITLE_NO_YEAR.test(l2)) {
    return { agency: l1, used: (i2 ?? 0) + 1 }
  }
  notices.push(`标题只有一行「${l1}」，已作为机关名称`)
  return { agency: l1, used: (i1 ?? 0) + 1 }
}
