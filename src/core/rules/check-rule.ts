import { assertNever } from '../../lib/assert-never'
import type { CompiledTemplate } from '../template/compile'
import type { CellPath, Rule, SumRule, TextRule } from '../template/types'
import { formatScaled, toScaled } from './format-number'
import type { CellState, Problem } from './types'

type States = ReadonlyMap<CellPath, CellState>

function valuesOf(states: States, cells: readonly CellPath[]): number[] | null {
  const out: number[] = []
  for (const c of cells) {
    const s = states.get(c)
    // a rule waits until all its cells are filled: blank is "not yet", not 0
    if (!s || s.status !== 'ok') return null
    out.push(toScaled(s.value))
  }
  return out
}

function sumProblem(rule: SumRule, states: States, partId: string): Problem | null {
  const left = valuesOf(states, rule.left.cells)
  const right = valuesOf(states, rule.right.cells)
  if (!left || !right) return null
  const l = left.reduce((a, b) => a + b, 0)
  const r = right.reduce((a, b) => a + b, 0)
  if (l === r) return null
  return {
    key: rule.key,
    ruleId: rule.id,
    severity: rule.severity,
    partId,
    cells: [...rule.left.cells, ...rule.right.cells],
    message: `${rule.subject}：${rule.left.label}＝${formatScaled(l)}，${rule.right.label}＝${formatScaled(r)}，相差${formatScaled(Math.abs(l - r))}（${rule.statement}）`,
  }
}

function valueOf(states: States, cell: CellPath): number | null {
  const s = states.get(cell)
  return s?.status === 'ok' ? s.value : null
}

/** One rule against the current cell states; null when it holds or cannot be judged yet. */
export function checkRule(
  rule: Rule,
  states: States,
  compiled: CompiledTemplate,
  computed: ReadonlySet<CellPath>,
  writing: string,
): Problem | null {
  const partOf = (c: CellPath | undefined) => (c && compiled.cells.get(c)?.partId) || ''
  switch (rule.kind) {
    case 'sum': {
      const target = rule.left.cells[0]
      // a computed total holds by construction; checking it would only repeat its operands' problems
      if (rule.computes && target && computed.has(target) && compiled.computedBy.get(target) === rule) return null
      return sumProblem(rule, states, partOf(target))
    }
    case 'zeroWhilePositive': {
      const v = valueOf(states, rule.cell)
      const p = valueOf(states, rule.positive)
      if (v === 0 && p !== null && p > 0) return simple(rule, [rule.cell, rule.positive], partOf(rule.cell))
      return null
    }
    case 'atMost': {
      const v = valueOf(states, rule.cell)
      if (v !== null && v > rule.max) return simple(rule, [rule.cell], partOf(rule.cell))
      return null
    }
    case 'implies': {
      const v = valueOf(states, rule.cell)
      const req = valueOf(states, rule.requires)
      if (v !== null && v > 0 && req === 0) return simple(rule, [rule.cell, rule.requires], partOf(rule.cell))
      return null
    }
    case 'text':
      return textProblem(rule, states, writing, partOf(rule.cells[0]))
    default:
      return assertNever(rule)
  }
}

function textProblem(rule: TextRule, states: States, writing: string, partId: string): Problem | null {
  const match = new RegExp(rule.pattern, 'u').exec(writing)
  const values = match ? valuesOf(states, rule.cells) : null
  if (!match || !values) return null
  const sum = values.reduce((a, b) => a + b, 0)
  const quote = match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0]
  if (rule.expect === 'zero') {
    if (sum === 0) return null
    return { key: rule.key, ruleId: rule.id, severity: rule.severity, partId, cells: [...rule.cells], message: `正文写“${quote}”，但${rule.subject}为${formatScaled(sum)}，请核对` }
  }
  const stated = toScaled(Number(match[1]))
  if (!Number.isFinite(stated) || stated === sum) return null
  return {
    key: rule.key,
    ruleId: rule.id,
    severity: rule.severity,
    partId,
    cells: [...rule.cells],
    message: `正文写“${quote}”，但${rule.subject}为${formatScaled(sum)}，相差${formatScaled(Math.abs(stated - sum))}`,
  }
}

function simple(rule: Exclude<Rule, SumRule | TextRule>, cells: CellPath[], partId: string): Problem {
  return { key: rule.key, ruleId: rule.id, severity: rule.severity, partId, cells, message: rule.message }
}
