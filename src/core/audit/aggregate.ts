import { evaluate } from '../rules/evaluate'
import { formatScaled, toScaled } from '../rules/format-number'
import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ReportTemplate } from '../template/types'
import { withCellTexts } from '../values/cell-texts'
import { newContent } from '../values/new-content'
import type { ReportContent, UnitType } from '../values/types'

/** One subordinate unit's report offered for 汇总. */
export interface AggregatePart {
  readonly id: string
  readonly template: ReportTemplate
  readonly content: ReportContent
}

/** A unit that went into a 汇总 report; kept with the parent draft (ReportContent.units). */
export interface AggregatedUnit {
  readonly agency: string
  readonly year: number
  /** SHA-256 of the unit's canonical content when it was summed */
  readonly fingerprint?: string
}

export type AggregatePlan =
  | {
      readonly ok: true
      readonly template: ReportTemplate
      readonly year: number
      /** units whose reports have errors: the user includes them anyway or leaves them out */
      readonly withErrors: readonly { readonly id: string; readonly agency: string; readonly errors: number }[]
    }
  | { readonly ok: false; readonly reason: string }

/** Whether the reports can be summed: at least one, one format, one year; units with errors listed. */
export function planAggregate(parts: readonly AggregatePart[]): AggregatePlan {
  const first = parts[0]
  if (!first) return { ok: false, reason: '请至少选择一份报告' }
  const formats = new Set(parts.map((p) => p.template.id))
  if (formats.size > 1) {
    const titles = [...new Set(parts.map((p) => p.template.title))].join('、')
    return { ok: false, reason: `所选报告使用了不同的格式（${titles}），不能汇总：请只选同一格式的报告` }
  }
  const years = [...new Set(parts.map((p) => p.content.year))].sort()
  if (years.length > 1) return { ok: false, reason: `所选报告属于不同年度（${years.join('、')}年度），不能汇总：请只选同一年度的报告` }
  const withErrors = parts
    .map((p) => ({ id: p.id, agency: p.content.agency.trim() || '（无机关名称）', errors: evaluate(p.template, p.content).errorCount }))
    .filter((u) => u.errors > 0)
  return { ok: true, template: first.template, year: first.content.year, withErrors }
}

/**
 * Every figure of the tables (and part 六's fee figures) summed over the parts, exact: values are
 * added as integers in ten-thousandths (万元 have at most 4 places). A cell blank in every part stays
 * blank; an unreadable cell adds nothing (its unit was flagged before summing). Tables a part keeps
 * with manual totals stay manual, so their summed totals are checked rather than recomputed.
 */
export function sumCells(parts: readonly AggregatePart[], template: ReportTemplate): [CellPath, string][] {
  const compiled = compileTemplate(template)
  const sums = new Map<CellPath, number>()
  for (const part of parts) {
    const { cells } = evaluate(template, part.content)
    for (const path of compiled.cells.keys()) {
      const s = cells.get(path)
      if (s?.status === 'ok') sums.set(path, (sums.get(path) ?? 0) + toScaled(s.value))
    }
  }
  return [...sums].map(([path, scaled]) => [path, formatScaled(scaled)])
}

/** The sentence offered for part 一 or 六: which units the report sums. */
export function unitListText(units: readonly Pick<AggregatedUnit, 'agency'>[]): string {
  return `本报告数据由以下${units.length}个单位的年度报告汇总而成：${units.map((u) => u.agency).join('、')}。`
}

export interface ParentMeta {
  readonly agency: string
  readonly unitType: UnitType
  /** where to write the unit list: part 一 (its first sub-section), part 六, or nowhere */
  readonly unitListIn?: 'overview' | 'other' | 'none'
}

/** The parent's new report: summed cells, the unit list kept with it and written where asked. */
export function aggregateContent(
  parts: readonly AggregatePart[],
  template: ReportTemplate,
  meta: ParentMeta,
  units: readonly AggregatedUnit[],
): ReportContent {
  const year = parts[0]?.content.year ?? template.years.from
  const base = newContent(template, { agency: meta.agency, year, unitType: meta.unitType })
  const manual = [...new Set(parts.flatMap((p) => p.content.manualTotals))].filter((t) => compileTemplate(template).tables.has(t)).sort()
  const list = unitListText(units)
  return {
    ...base,
    overview: meta.unitListIn === 'overview' ? base.overview.map((s, i) => (i === 0 ? { ...s, body: list } : s)) : base.overview,
    other: meta.unitListIn === 'other' ? list : base.other,
    cells: withCellTexts({}, sumCells(parts, template)),
    manualTotals: manual,
    units: units.map((u) => ({ ...u })),
  }
}
