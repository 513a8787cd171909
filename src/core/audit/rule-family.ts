import { compileTemplate } from '../template-compile/compile'
import type { ReportTemplate } from '../template/types'
import { isRule, type EngineRuleId } from '../rules/rule-ids'
import type { Problem } from '../rules/types'
import { FAMILIES, type Family } from './types'

/**
 * The family a problem is counted under: cross-year rules (the template's crossYear and lastYearHint rules,
 * and a basis of the wrong year) are 跨年度; the template's narrative ↔ table rules and the engine's checks of the text (N-5…N-9) are 文字; otherwise the
 * table of its first cell, named as the template names it (表二/表三/表四); completeness and everything
 * outside the tables (blank or unreadable cells of part 六, missing parts) are 结构.
 */
/** The engine's own checks of the written parts (N-5 … N-9): the text, like the template's text rules. */
const ENGINE_TEXT_RULES: readonly EngineRuleId[] = ['N-5', 'N-6', 'N-7', 'N-8', 'N-9']

export function familyOf(problem: Pick<Problem, 'ruleId' | 'tableId'>, template: ReportTemplate): Family {
  if (isRule(problem, 'X-0')) return '跨年度'
  const compiled = compileTemplate(template)
  const rule = compiled.rules.find((r) => r.id === problem.ruleId)
  if (rule?.kind === 'crossYear' || rule?.kind === 'lastYearHint') return '跨年度'
  if (rule?.kind === 'text' || ENGINE_TEXT_RULES.some((id) => isRule(problem, id))) return '文字'
  const name = problem.tableId === undefined ? undefined : compiled.tables.get(problem.tableId)?.table.name
  return name && (FAMILIES as readonly string[]).includes(name) ? (name as Family) : '结构'
}
