import { evaluate } from '../rules/evaluate'
import { formatNumber } from '../rules/format-number'
import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ReportTemplate } from '../template/types'
import { withCellTexts } from '../values/cell-texts'
import type { Basis, ReportContent } from '../values/types'

/**
 * Last year's report frozen as a comparison basis: every figure as the report gives it (computed
 * totals included, so a total last year's user never typed can still be compared), and its texts.
 */
export function basisFrom(template: ReportTemplate, content: ReportContent, source: string): Basis {
  // last year's own basis and tracking do not travel: a basis never nests
  const { basis: _nested, drafted: _drafted, ...own } = content
  const evaluation = evaluate(template, own)
  const figures: [CellPath, string][] = []
  for (const path of compileTemplate(template).cells.keys()) {
    const s = evaluation.cells.get(path)
    if (s?.status === 'ok') figures.push([path, formatNumber(s.value)])
  }
  return {
    formatId: template.id,
    year: content.year,
    agency: content.agency,
    cells: withCellTexts({}, figures),
    overview: content.overview.map((s) => (s.topicId ? { title: s.title, body: s.body, topicId: s.topicId } : { title: s.title, body: s.body })),
    problems: content.problems,
    other: content.other,
    source: source.slice(0, 200),
  }
}

/** A figure of the basis, or null where last year's report has none. */
export function basisFigure(basis: Basis, path: CellPath): string | null {
  const [t, r, c] = path.split('.')
  const v = t && r && c ? basis.cells[t]?.[r]?.[c] : undefined
  return typeof v === 'string' && v !== '' ? v : null
}
