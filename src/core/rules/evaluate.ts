import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { readCells } from './cell-states'
import { checkRule } from './check-rule'
import { lastYearOf } from './cross-year'
import { narrativeProblems } from './narrative-checks'
import { textProblems } from './text-problems'
import type { Evaluation, Problem } from './types'

/** Every problem of a report: the one rule engine behind the form, the download gate and imports. */
export function evaluate(template: ReportTemplate, content: ReportContent): Evaluation {
  const compiled = compileTemplate(template)
  const { states, computed, blank, invalid } = readCells(compiled, content.cells, content.manualTotals)
  const problems: Problem[] = []

  for (const info of invalid) {
    const s = states.get(info.path)
    const reason = s?.status === 'invalid' ? s.reason : ''
    problems.push({ key: `S-K/${info.path}`, ruleId: 'S-K', severity: 'error', partId: info.partId, cells: [info.path], tableId: info.tableId, message: `${info.name}：${reason}` })
  }
  const blanks = new Map<string, CellPath[]>()
  for (const info of blank) {
    const list = blanks.get(info.tableId)
    if (list) list.push(info.path)
    else blanks.set(info.tableId, [info.path])
  }
  for (const [tableId, cells] of blanks) {
    const first = cells[0]
    const info = first ? compiled.cells.get(first) : undefined
    if (!info) continue
    const where = compiled.tables.get(tableId)?.table.name ?? '信息处理费'
    problems.push({
      key: `S-4/${tableId}`,
      ruleId: 'S-4',
      severity: 'error',
      partId: info.partId,
      cells,
      tableId,
      message: `${where}还有${cells.length}个空白单元格：空白不等于0，没有发生的请填0（可一键将空白填为0）`,
    })
  }
  // the written parts, for the narrative ↔ table rules
  const writing = [content.opening, ...content.overview.map((s) => `${s.title}${s.body}`), content.problems, content.other].join('\n')
  // the cross-year rules compare with the report of the year before only
  const basis = content.basis
  const last = basis && basis.year === content.year - 1 ? lastYearOf(basis, compiled) : null
  if (basis && !last) {
    problems.push({ key: 'X-0/year', ruleId: 'X-0', severity: 'warning', partId: 'title', cells: [], field: 'year', message: `附加的上年报告是${basis.year}年度的，不是${content.year - 1}年度，跨年度核对未进行：请更换上年报告` })
  }
  for (const rule of compiled.rules) {
    const p = checkRule(rule, states, compiled, computed, writing, last)
    if (p) problems.push(p)
  }
  problems.push(...textProblems(template, content))
  problems.push(...narrativeProblems(template, content, states))

  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1000) + (p.partId === 'title' ? -1 : compiled.partOrder.indexOf(p.partId))
  // Array.prototype.sort is stable: within a rank, problems keep the order they were found in
  const sorted = problems.length < 2 ? problems : problems.sort((a, b) => rank(a) - rank(b))
  const errorCount = sorted.filter((p) => p.severity === 'error').length
  return { problems: sorted, cells: states, computed, errorCount, warningCount: sorted.length - errorCount, blankCellCount: blank.length }
}
