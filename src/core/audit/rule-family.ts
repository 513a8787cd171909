import { compileTemplate } from '../template-compile/compile'
import { splitCellPath } from '../template/cell-path'
import type { ReportTemplate } from '../template/types'
import type { Problem } from '../rules/types'
import { FAMILIES, type Family } from './types'

/** Rule ids of cross-year checks (spec §4 ). */
const CROSS_YEAR = /^X-/

/**
 * The family a problem is counted under: the table its first cell lies in, named as the template names
 * it (表二/表三/表四); narrative ↔ table rules are 文字; completeness and everything outside the tables
 * (blank or unreadable cells of part 六, missing parts) are 结构.
 */
export function familyOf(problem: Pick<Problem, 'ruleId' | 'cells'>, template: ReportTemplate): Family {
  if (CROSS_YEAR.test(problem.ruleId)) return '跨年度'
  const compiled = compileTemplate(template)
  const rule = compiled.rules.find((r) => r.id === problem.ruleId)
  if (rule?.kind === 'text') return '文字'
  if (problem.ruleId.startsWith('S-') && problem.ruleId !== 'S-K' && problem.ruleId !== 'S-4') return '结构'
  const first = problem.cells[0]
  if (!first) return '结构'
  const table = compiled.tables.get(splitCellPath(first)[0])
  const name = table?.table.name
  return name && (FAMILIES as readonly string[]).includes(name) ? (name as Family) : '结构'
}
