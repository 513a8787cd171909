import { formatScaled, parseFormatted, toScaled } from '../rules/format-number'
import { compileTemplate } from '../template-compile/compile'
import { splitCellPath } from '../template/cell-path'
import { perTemplate } from '../template/per-template'
import type { CellPath, CrossYearRule, ReportTemplate } from '../template/types'
import type { Basis } from '../values/types'
import { basisFigure } from './basis'

/** A cell this year's report takes from last year's (X-1 上年结转, X-3 上一年项目数量). */
export interface Carry {
  readonly path: CellPath
  readonly from: readonly CellPath[]
  readonly ruleId: string
  /** what last year's side is, for the cell tip: 上年结转下年度 */
  readonly label: string
}

/**
 * The cells a new year starts with, read from the template's cross-year rules: a rule whose one side
 * is a single cell of this year and whose other side is last year's figures only defines that cell.
 * Computed totals are left to the engine.
 */
export const carriedCells = perTemplate((template): readonly Carry[] => {
  const compiled = compileTemplate(template)
  const out: Carry[] = []
  for (const r of template.rules) {
    if (r.kind !== 'crossYear' || !isCarry(r)) continue
    const path = r.left.cells?.[0] as CellPath
    if (!compiled.computedBy.has(path)) out.push({ path, from: r.right.lastYear ?? [], ruleId: r.id, label: r.right.label })
  }
  return out
})

function isCarry(r: CrossYearRule): boolean {
  const l = r.left
  const rt = r.right
  return l.cells?.length === 1 && !l.minus?.length && !l.lastYear?.length && !rt.cells?.length && !rt.minus?.length && (rt.lastYear?.length ?? 0) > 0
}

/** The figure a carried cell starts with; null when last year's report lacks one of its figures. */
export function carriedValue(carry: Carry, basis: Basis): string | null {
  let sum = 0
  for (const p of carry.from) {
    const v = parseFormatted(basisFigure(basis, p))
    if (v === null) return null
    sum += toScaled(v)
  }
  return formatScaled(sum)
}

/** The cell tip's line about last year: 「上年：3」, for a carried cell the figure it continues. */
export function lastYearLine(template: ReportTemplate, basis: Basis, path: CellPath): string {
  const carry = carriedCells(template).find((c) => c.path === path)
  if (carry) {
    const v = carriedValue(carry, basis)
    return v === null ? '' : `上年：${v}（${carry.label}，由上年报告带入）`
  }
  const v = basisFigure(basis, path)
  return v === null ? '' : `上年：${v}`
}

/**
 * What is checked against last year's report, one line per cross-year statement of the template, with
 * the table it is about: 「表三：本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”」.
 */
export const crossYearStatements = perTemplate((template): readonly string[] => {
  const compiled = compileTemplate(template)
  const lines: string[] = []
  for (const rule of template.rules) {
    if (rule.kind !== 'crossYear') continue
    const first = rule.left.cells?.[0] ?? rule.left.lastYear?.[0] ?? rule.right.cells?.[0] ?? rule.right.lastYear?.[0]
    const table = first === undefined ? undefined : compiled.tables.get(splitCellPath(first)[0])?.table.name
    const line = table ? `${table}：${rule.statement}` : rule.statement
    if (!lines.includes(line)) lines.push(line)
  }
  return lines
})
