import type { ReportContent } from '../values/types'
import { partOf } from './narrative-figures'
import type { Problem } from './types'
import { memoByText, type WrittenField } from './written-fields'

/** The words an agency calls itself by (我委, 我局…) and the characters of its name that allow them. */
const SELF = /我(委|局|厅|办|署|院|府|部(?!门|分))/gu
const SELF_CHARS = ['委', '局', '厅', '办', '署', '院', '府', '部']

// the includes() tests skip the regex scans for the many texts that cannot match (the engine runs per keystroke
// and over thousands of reports in an audit)
const NONE: readonly never[] = Object.freeze([])
const selfWords = memoByText((text: string): readonly string[] => [...new Set([...text.matchAll(SELF)].map((m) => m[1] ?? ''))], 64, (t) => t.includes('我'), NONE)

/**
 * N-7 (spec §4.6): a self-reference the agency's name does not allow, e.g. 「我局」 in a 科委's report, a
 * sign of text copied from another agency's report. Names without any of these characters are not judged.
 * Part 六 is not judged: its 信息处理费 statement is a set sentence passed down with the notice's wording
 * (daxing-2024 prints 「我局本年度发出收费通知…」 in a 科委 report; issue 14 wants the fixtures silent).
 */
export function selfReferenceProblems(content: ReportContent, fields: readonly WrittenField[]): Problem[] {
  const allowed = SELF_CHARS.filter((c) => content.agency.includes(c))
  if (allowed.length === 0) return []
  const out: Problem[] = []
  for (const f of fields) {
    if (f.kind === 'other') continue
    const wrong = selfWords(f.text).filter((w) => !allowed.includes(w))
    if (wrong.length === 0) continue
    out.push({
      key: `N-7/${f.field}`,
      ruleId: 'N-7',
      severity: 'warning',
      partId: partOf(f),
      cells: [],
      field: f.field,
      message: `${f.name}自称“${wrong.map((w) => `我${w}`).join('”“')}”，与机关名称“${content.agency}”不符：请核对是否沿用了其他单位的文字`,
    })
  }
  return out
}

/** Sentence starts: 「2023年，」「（二）2024年度」「1.2024年」 after a stop or a heading number. */
const LEAD = String.raw`(?:^|[。；！？\n]|（[一二三四五六七八九十\d]+）|\d+[.、．]|[一二三四五六七八九十]+、)\s*`
const LEADING_YEAR = new RegExp(`${LEAD}(\\d{4})\\s*年(?:度)?(?:[，,]|以来|全年|共|我|本)`, 'gu')
/** The statistics period: 「统计期限自2024年1月1日起至2024年12月31日止」 and its variants. */
const PERIOD = /统计(?:期限|时限|时间|周期|区间)[^。；\n]*|自?(\d{4})\s*年\s*(?:1|１|一)\s*月\s*(?:1|１|一)\s*日[^。；\n]{0,6}?至[^。；\n]*?12\s*月\s*31\s*日/gu

interface YearUse {
  readonly year: number
  readonly quote: string
  readonly period: boolean
}

/** Both patterns name a year as four digits before 年: without one there is nothing to find. */
const ANY_YEAR = /\d{4}\s*年/u

const yearsOf = memoByText((text: string): readonly YearUse[] => {
  const out: YearUse[] = []
  for (const m of text.matchAll(PERIOD)) {
    for (const y of m[0].matchAll(/(\d{4})\s*年/gu)) out.push({ year: Number(y[1]), quote: m[0].slice(0, 40), period: true })
  }
  for (const m of text.matchAll(LEADING_YEAR)) out.push({ year: Number(m[1]), quote: m[0].replace(/^[。；！？\n\s]+/u, '').slice(0, 30), period: false })
  return out
}, 64, (t) => ANY_YEAR.test(t), NONE)

/**
 * N-8: the statistics period names the report year only; a sentence that opens with a year names the
 * report year, or the next one for plans. Years inside the text (「申请公开2023年决算」) are not judged.
 */
export function yearProblems(content: ReportContent, fields: readonly WrittenField[]): Problem[] {
  const y = content.year
  const out: Problem[] = []
  for (const f of fields) {
    const wrong = yearsOf(f.text).find((u) => (u.period ? u.year !== y : u.year !== y && u.year !== y + 1))
    if (!wrong) continue
    const what = wrong.period ? '统计期限' : '年份'
    out.push({
      key: `N-8/${f.field}`,
      ruleId: 'N-8',
      severity: 'warning',
      partId: partOf(f),
      cells: [],
      field: f.field,
      message: `${f.name}的${what}写“${wrong.quote}”，与报告年度${y}年不符：请核对是否沿用了往年的文字`,
    })
  }
  return out
}
