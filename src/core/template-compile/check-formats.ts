import { byYear, shortTitle } from '../template/pick-format'
import type { ReportTemplate } from '../template/types'
import { checkTemplate } from './check-template'

/** The first report year any format covers: the 2019 format is the first national one (spec §3). */
export const FIRST_REPORT_YEAR = 2019

/**
 * What is wrong with the list of formats, each with what to fix; empty when it is sound. Year ranges
 * must start at FIRST_REPORT_YEAR, follow each other with no gap and no overlap, and only the last may
 * be open-ended, so every year from FIRST_REPORT_YEAR on has exactly one format whatever the list order.
 */
export function checkFormats(formats: readonly ReportTemplate[]): string[] {
  const out: string[] = []
  if (formats.length === 0) return ['格式列表为空']
  const ids = formats.map((f) => f.id)
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) out.push(`格式 id「${id}」重复`)
  const sorted = byYear(formats)
  let next = FIRST_REPORT_YEAR
  sorted.forEach((f, i) => {
    const { from, to } = f.years
    const name = `${shortTitle(f)}（${f.id}）`
    if (from > next) out.push(`${name}: ${next}—${from - 1}年度没有格式：年度范围须从${FIRST_REPORT_YEAR}年起连续`)
    if (from < next) out.push(`${name}: 起始年度${from}与前一格式重叠：年度范围不得重叠`)
    if (to !== undefined && to < from) out.push(`${name}: 结束年度${to}早于起始年度${from}`)
    if (to === undefined && i < sorted.length - 1) out.push(`${name}: 只有最后一个格式可以不设结束年度`)
    if (to !== undefined && i === sorted.length - 1) out.push(`${name}: 最后一个格式不应设结束年度（${to}），否则以后的年度没有格式`)
    next = (to ?? Number.POSITIVE_INFINITY) + 1
    for (const p of checkTemplate(f)) out.push(`${name}: ${p}`)
  })
  return out
}

/** For loading the list at start-up and in tests: a broken list is a programmer error. */
export function assertFormats(formats: readonly ReportTemplate[]): void {
  const problems = checkFormats(formats)
  if (problems.length) throw new Error(`格式列表有误：\n- ${problems.join('\n- ')}`)
}
