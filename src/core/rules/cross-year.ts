import type { CompiledTemplate } from '../template-compile/compile'
import { splitCellPath } from '../template/cell-path'
import type { CellPath, CrossYearRule, LastYearHintRule, YearSide } from '../template/types'
import type { Basis } from '../values/types'
import { memosBypassed } from './written-fields'
import type { CellStateTable } from './cell-states'
import { formatScaled, parseFormatted, toScaled } from './format-number'
import type { Problem, RuleOrigin } from './types'

/** Last year's figures by cell path; null where last year's report has no figure there. */
export type LastYear = (path: CellPath) => number | null

function figureOf(basis: Basis, path: CellPath, compiled?: CompiledTemplate): number | null {
  // the template's cells carry their path split once; splitting it again per read was a batch audit's cost
  const [t, r, c] = compiled?.cells.get(path)?.at ?? splitCellPath(path)
  return parseFormatted(basis.cells[t]?.[r]?.[c])
}

const readers = new WeakMap<Basis, LastYear>()

/**
 * Last year's figures, read once per attached basis (the same object from keystroke to keystroke).
 * The basis stores canonical texts ('12', '-3', '1932.583'), written when it was attached.
 */
export function lastYearOf(basis: Basis, compiled?: CompiledTemplate): LastYear {
  // a batch audit sees each basis once: a reader remembered for it would only be filled
  if (memosBypassed()) return (path) => figureOf(basis, path, compiled)
  let read = readers.get(basis)
  if (!read) {
    const memo = new Map<CellPath, number | null>()
    read = (path) => {
      const hit = memo.get(path)
      if (hit !== undefined) return hit
      const value = figureOf(basis, path, compiled)
      memo.set(path, value)
      return value
    }
    readers.set(basis, read)
  }
  return read
}

/** The scaled value of one side, or null while any of its cells (either year) has no figure. */
function sideValue(side: YearSide, states: CellStateTable, compiled: CompiledTemplate, last: LastYear): number | null {
  const plus = thisYearSum(side.cells, states, compiled)
  const minus = plus === null ? null : thisYearSum(side.minus, states, compiled)
  if (plus === null || minus === null) return null
  let sum = plus - minus
  if (side.lastYear) {
    for (const c of side.lastYear) {
      const v = last(c)
      if (v === null) return null
      sum += toScaled(v)
    }
  }
  return sum
}

/** This year's scaled sum of the cells, or null while any has no figure (loops, not arrays: every report of a batch runs this). */
function thisYearSum(cells: readonly CellPath[] | undefined, states: CellStateTable, compiled: CompiledTemplate): number | null {
  let sum = 0
  if (!cells) return sum
  for (const c of cells) {
    const i = compiled.cells.get(c)?.index
    const s = i === undefined ? undefined : states.list[i]
    if (!s || s.status !== 'ok') return null
    sum += toScaled(s.value)
  }
  return sum
}

export function crossYearProblem(
  rule: CrossYearRule,
  states: CellStateTable,
  compiled: CompiledTemplate,
  last: LastYear,
  origin: RuleOrigin,
): Problem | null {
  const l = sideValue(rule.left, states, compiled, last)
  const r = l === null ? null : sideValue(rule.right, states, compiled, last)
  if (l === null || r === null || l === r) return null
  const cells = [rule.left, rule.right].flatMap((s) => [...(s.cells ?? []), ...(s.minus ?? [])])
  return {
    key: rule.key,
    ...origin,
    severity: rule.severity,
    cells,
    message: `${rule.subject}：${rule.left.label}＝${formatScaled(l)}，${rule.right.label}＝${formatScaled(r)}，相差${formatScaled(Math.abs(l - r))}（${rule.statement}）`,
  }
}

export function lastYearHint(rule: LastYearHintRule, last: LastYear, origin: RuleOrigin): Problem | null {
  let sum = 0
  for (const c of rule.lastYear) sum += toScaled(last(c) ?? 0)
  if (sum <= 0) return null
  return { key: rule.key, ...origin, severity: rule.severity, cells: [...rule.cells], message: rule.message.replace('{n}', formatScaled(sum)) }
}
