import { layoutTable } from '../src/core/layout/layout-table'
import { compileTemplate } from '../src/core/template-compile/compile'
import type { CellPath, ReportTemplate } from '../src/core/template/types'
import { withCellTexts } from '../src/core/values/cell-texts'
import { newContent } from '../src/core/values/new-content'
import type { ReportContent } from '../src/core/values/types'

/** Every input path of a template's tables and fee fields, in document order. */
export function inputPaths(template: ReportTemplate): CellPath[] {
  return [...compileTemplate(template).cells.keys()]
}

/** Paths the user types (not computed totals). */
export function typedPaths(template: ReportTemplate): CellPath[] {
  const { computedBy } = compileTemplate(template)
  return inputPaths(template).filter((p) => !computedBy.has(p))
}

export function tableInputs(template: ReportTemplate, tableId: string): CellPath[] {
  const part = template.parts.find((p) => p.kind === 'table' && p.table.id === tableId)
  if (!part || part.kind !== 'table') throw new Error(`no table ${tableId}`)
  return layoutTable(part.table).inputGrid.flat()
}

/** A complete report: texts written, every typed cell set by `value` (default 0). */
export function filledContent(
  template: ReportTemplate,
  value: (path: CellPath) => string = () => '0',
  overrides: Partial<ReportContent> = {},
): ReportContent {
  const base = newContent(template, { agency: '测试区科学技术委员会', year: template.years.from, unitType: 'department' })
  const manual = new Set(overrides.manualTotals ?? [])
  // with manual totals the user types the total cells too
  const paths = inputPaths(template).filter((p) => typedPaths(template).includes(p) || manual.has(p.split('.')[0] ?? ''))
  return {
    ...base,
    overview: base.overview.map((s) => ({ ...s, body: `${s.title}的情况。` })),
    problems: '存在的问题和改进措施。',
    other: '无其他需要报告的事项。',
    cells: withCellTexts({}, paths.map((p) => [p, value(p)] as const)),
    ...overrides,
  }
}

export function setCells(content: ReportContent, entries: Record<string, string>): ReportContent {
  return { ...content, cells: withCellTexts(content.cells, Object.entries(entries) as [CellPath, string][]) }
}
