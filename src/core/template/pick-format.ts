import type { ReportTemplate } from './types'

export type PickResult =
  | { readonly ok: true; readonly template: ReportTemplate }
  | { readonly ok: false; readonly message: string }

/** The formats oldest first: the list's own order carries no meaning. */
export function byYear(formats: readonly ReportTemplate[]): ReportTemplate[] {
  return [...formats].sort((a, b) => a.years.from - b.years.from)
}

/** 「2019年版格式」: the title up to its parenthesised source. */
export function shortTitle(template: ReportTemplate): string {
  return template.title.split('（')[0] ?? template.title
}

/** 「2019—2020年度用2019年版格式，2021年度起用2021年版格式」, from the list. */
export function yearRangesText(formats: readonly ReportTemplate[]): string {
  return byYear(formats)
    .map((f) => {
      const { from, to } = f.years
      const years = to === undefined ? `${from}年度起` : to === from ? `${from}年度` : `${from}—${to}年度`
      return `${years}用${shortTitle(f)}`
    })
    .join('，')
}

/** The format whose year range holds `year` (ranges are disjoint: checkFormats); earlier years are refused with a reason. */
export function pickFormat(formats: readonly ReportTemplate[], year: number, currentYear: number): PickResult {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return { ok: false, message: '报告年度应为四位数字年份，例如 2024。' }
  }
  if (year > currentYear) {
    return { ok: false, message: `报告年度不能晚于今年（${currentYear}年）：${year}年度的报告要到${year + 1}年才编制。` }
  }
  const found = formats.filter((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to))
  // two matches means an unchecked list: the later revision is the one a user of that year means
  const latest = byYear(found).at(-1)
  if (latest) return { ok: true, template: latest }
  const earliest = Math.min(...formats.map((f) => f.years.from))
  if (year < earliest) {
    return { ok: false, message: `${year}年度早于现行年报格式：本工具支持${earliest}年度及以后的报告（${yearRangesText(formats)}）。` }
  }
  return { ok: false, message: `${year}年度没有对应的年报格式（${yearRangesText(formats)}）。` }
}
