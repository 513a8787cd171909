import { pickFormat } from '../template/pick-format'
import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { startNextYear, type NextYear } from './start-next-year'

export type NextYearResult = ({ readonly ok: true; readonly template: ReportTemplate } & NextYear) | { readonly ok: false; readonly message: string }

/**
 * The next year's report from a saved or imported one, in the format of that year; refused with the
 * reason when the year after is not yet reportable or last year's format is unknown.
 */
export function nextYearOf(formats: readonly ReportTemplate[], formatId: string, last: ReportContent, source: string, today: Date = new Date()): NextYearResult {
  const lastTemplate = formats.find((f) => f.id === formatId)
  if (!lastTemplate) return { ok: false, message: '上年报告使用了本版本不认识的格式，无法接续' }
  const picked = pickFormat(formats, last.year + 1, today.getFullYear())
  if (!picked.ok) return picked
  return { ok: true, template: picked.template, ...startNextYear(lastTemplate, last, picked.template, source) }
}
