import { compileTemplate } from '../template-compile/compile'
import type { ReportTemplate } from '../template/types'
import { isRule } from '../rules/rule-ids'
import type { Problem } from '../rules/types'
import { FAMILIES, type Family } from './types'

/**
 * The family a problem is counted under: cross-year rules (the template's crossYear and lastYearHint rules,
 * and a basis of the wrong year) are 跨年度; the template's narrative ↔ table rules are 文字; otherwise the
 * table of its first cell, named as the template names it (表二/表三/表四); completeness and everything
 * outside the tables (blank or unreadable cells of part 六, missing parts) are 结构.
 */
export function familyOf(problem: Pick<Problem, 'ruleId' | 'tableId'>, template: ReportTemplate): Family {
  if (isRule(problem, 'X-0')) return '跨年度'
  const compiled = compileTemplate(template)
  const rule = compiled.rules.find((r) => r.id === problem.ruleId)
  if (rule?.kind === 'crossYear' || rule?.kind === 'lastYearHint') return '跨年度'
  if (rule?.kind === 'text') return '文字'
  const name = problem.tableId === undefined ? undefined : compiled.tables.get(problem.tableId)?.table.name
  return name && (FAMILIES as readonly string[]).includes(name) ? (name as Family) : '结构'
}
