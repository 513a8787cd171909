import type { ReportTemplate } from './types'

export type PickResult =
  | { readonly ok: true; readonly template: ReportTemplate }
  | { readonly ok: false; readonly message: string }

/** The format whose year range holds `year`; years before the 2019 format are refused with a reason. */
export function pickFormat(formats: readonly ReportTemplate[], year: number, currentYear: number): PickResult {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return { ok: false, message: '报告年度应为四位数字年份，例如 2024。' }
  }
  if (year > currentYear) {
    return { ok: false, message: `报告年度不能晚于今年（${currentYear}年）：${year}年度的报告要到${year + 1}年才编制。` }
  }
  const found = formats.find((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to))
  if (found) return { ok: true, template: found }
  const earliest = Math.min(...formats.map((f) => f.years.from))
  return {
    ok: false,
    message: `${year}年度早于现行年报格式：本工具支持${earliest}年度及以后的报告（${earliest}—2020年度用2019年版格式，2021年度起用2021年版格式）。`,
  }
}
