import { assertNever } from '../../lib/assert-never'
import type { CompiledTemplate } from '../template-compile/compile'
import type { AtMostRule, CellPath, ImpliesRule, Rule, SumRule, TextRule, ZeroWhilePositiveRule } from '../template/types'
import { formatScaled, toScaled } from './format-number'
import type { CellStateTable } from './cell-states'
import { crossYearProblem, lastYearHint, type LastYear } from './cross-year'
import { declaredRuleId } from './rule-ids'
import type { CellState, CellStates, Problem, RuleOrigin } from './types'

type States = CellStates

/** The scaled sum of the cells, or null while one is not filled: blank is "not yet", not 0. */
export function sumOf(states: States, cells: readonly CellPath[]): number | null {
  let sum = 0
  for (const c of cells) {
    const s = states.get(c)
    if (!s || s.status !== 'ok') return null
    sum += toScaled(s.value)
  }
  return sum
}

/** Each side's cells as positions in the state table, found once per rule rather than per keystroke. */
const sides = new WeakMap<SumRule, readonly [readonly number[], readonly number[]]>()

function indexes(rule: SumRule, compiled: CompiledTemplate): readonly [readonly number[], readonly number[]] {
  let found = sides.get(rule)
  if (!found) {
    const at = (cells: readonly CellPath[]) => cells.map((c) => compiled.cells.get(c)?.index ?? -1)
    found = [at(rule.left.cells), at(rule.right.cells)]
    sides.set(rule, found)
  }
  return found
}

function sumAt(list: readonly (CellState | undefined)[], at: readonly number[]): number | null {
  let sum = 0
  for (const i of at) {
    const s = list[i]
    if (!s || s.status !== 'ok') return null
    sum += toScaled(s.value)
  }
  return sum
}

function sumProblem(rule: SumRule, states: CellStateTable, compiled: CompiledTemplate, origin: RuleOrigin): Problem | null {
  const [left, right] = indexes(rule, compiled)
  const l = sumAt(states.list, left)
  const r = l === null ? null : sumAt(states.list, right)
  if (l === null || r === null || l === r) return null
  return {
    key: rule.key,
    ...origin,
    severity: rule.severity,
    cells: [...rule.left.cells, ...rule.right.cells],
    message: `${rule.subject}：${rule.left.label}＝${formatScaled(l)}，${rule.right.label}＝${formatScaled(r)}，相差${formatScaled(Math.abs(l - r))}（${rule.statement}）`,
  }
}

function valueOf(states: States, cell: CellPath): number | null {
  const s = states.get(cell)
  return s?.status === 'ok' ? s.value : null
}

/** What a rule needs from the template, worked out once per rule rather than on every keystroke. */
interface RuleMeta {
  readonly origin: RuleOrigin
  /** a sum rule that defines a computed total (holds by construction while the total is computed) */
  readonly definesTotal: boolean
}

const metas = new WeakMap<Rule, RuleMeta>()

function firstCell(rule: Rule): CellPath | undefined {
  switch (rule.kind) {
    case 'sum':
      return rule.left.cells[0]
    case 'text':
    case 'lastYearHint':
      return rule.cells[0]
    case 'crossYear':
      // the order crossYearProblem lists the cells in
      return rule.left.cells?.[0] ?? rule.left.minus?.[0] ?? rule.right.cells?.[0] ?? rule.right.minus?.[0]
    default:
      return rule.cell
  }
}

function metaOf(rule: Rule, compiled: CompiledTemplate): RuleMeta {
  let meta = metas.get(rule)
  if (!meta) {
    const first = firstCell(rule)
    const definesTotal = rule.kind === 'sum' && Boolean(rule.computes) && first !== undefined && compiled.computedBy.get(first) === rule
    const info = first ? compiled.cells.get(first) : undefined
    const origin: RuleOrigin = info ? { ruleId: declaredRuleId(rule.id), partId: info.partId, tableId: info.tableId } : { ruleId: declaredRuleId(rule.id), partId: '' }
    meta = { origin, definesTotal }
    metas.set(rule, meta)
  }
  return meta
}

/** One rule against the current cell states; null when it holds or cannot be judged yet. */
export function checkRule(
  rule: Rule,
  states: CellStateTable,
  compiled: CompiledTemplate,
  computed: ReadonlySet<CellPath>,
  writing: string,
  /** last year's figures; null without a basis of the year before (the cross-year rules are then silent) */
  last: LastYear | null = null,
): Problem | null {
  const { origin, definesTotal } = metaOf(rule, compiled)
  switch (rule.kind) {
    case 'sum': {
      // a computed total holds by construction; checking it would only repeat its operands' problems
      if (definesTotal && computed.has(rule.left.cells[0] as CellPath)) return null
      return sumProblem(rule, states, compiled, origin)
    }
    case 'zeroWhilePositive': {
      const v = valueOf(states, rule.cell)
      const p = valueOf(states, rule.positive)
      if (v === 0 && p !== null && p > 0) return simple(rule, [rule.cell, rule.positive], origin)
      return null
    }
    case 'atMost': {
      const v = valueOf(states, rule.cell)
      if (v !== null && v > rule.max) return simple(rule, [rule.cell], origin)
      return null
    }
    case 'implies': {
      const v = valueOf(states, rule.cell)
      const req = valueOf(states, rule.requires)
      if (v !== null && v > 0 && req === 0) return simple(rule, [rule.cell, rule.requires], origin)
      return null
    }
    case 'text':
      return textProblem(rule, states, writing, origin)
    case 'crossYear':
      return last ? crossYearProblem(rule, states, compiled, last, origin) : null
    case 'lastYearHint':
      return last ? lastYearHint(rule, last, origin) : null
    default:
      return assertNever(rule)
  }
}

const patterns = new WeakMap<TextRule, RegExp>()

function textProblem(rule: TextRule, states: States, writing: string, origin: RuleOrigin): Problem | null {
  let re = patterns.get(rule)
  if (!re) {
    re = new RegExp(rule.pattern, 'u')
    patterns.set(rule, re)
  }
  const match = re.exec(writing)
  const sum = match ? sumOf(states, rule.cells) : null
  if (!match || sum === null) return null
  const quote = match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0]
  if (rule.expect === 'zero') {
    if (sum === 0) return null
    return { key: rule.key, ...origin, severity: rule.severity, cells: [...rule.cells], message: `正文写“${quote}”，但${rule.subject}为${formatScaled(sum)}，请核对` }
  }
  const stated = toScaled(Number(match[1]))
  if (!Number.isFinite(stated) || stated === sum) return null
  return {
    key: rule.key,
    ...origin,
    severity: rule.severity,
    cells: [...rule.cells],
    message: `正文写“${quote}”，但${rule.subject}为${formatScaled(sum)}，相差${formatScaled(Math.abs(stated - sum))}`,
  }
}

function simple(rule: ZeroWhilePositiveRule | AtMostRule | ImpliesRule, cells: CellPath[], origin: RuleOrigin): Problem {
  return { key: rule.key, ...origin, severity: rule.severity, cells, message: rule.message }
}
