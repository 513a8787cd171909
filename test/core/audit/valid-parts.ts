import fc from 'fast-check'
import { evaluate } from '../../../src/core/rules/evaluate'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { CellPath, ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { filledContent, setCells, typedPaths } from '../../builders'

/** Plausibility limits (atMost) are not 勾稽 relations: a sum of many units may exceed them. */
export const isRelation = (ruleId: string, template: ReportTemplate) =>
  template.rules.find((r) => r.id === ruleId)?.kind !== 'atMost'

const scaledText = (n: number, places: number) => (places === 0 ? String(n) : (n / 10 ** places).toFixed(places))

/**
 * A report whose figures are random and then made to satisfy every rule of the template, using the
 * template's own rules: a sum rule's last typed cell on the right takes the difference (or the left side
 * grows), a 0 that must not be 0 becomes 1.
 */
export function validContent(template: ReportTemplate, nums: readonly number[], agency: string): ReportContent {
  const compiled = compileTemplate(template)
  const typed = typedPaths(template)
  const values = new Map<CellPath, bigint>()
  const places = (p: CellPath) => {
    const k = compiled.cells.get(p)?.kind
    return k === 'wanYuan' ? 4 : k === 'yuan' ? 2 : 0
  }
  typed.forEach((p, i) => values.set(p, BigInt(nums[i % nums.length] ?? 0)))
  const isTyped = new Set(typed)
  const total = (cells: readonly CellPath[]): bigint => cells.reduce((s, c) => s + (values.get(c) ?? sumOf(c)), 0n)
  const sumOf = (c: CellPath): bigint => {
    const rule = compiled.computedBy.get(c)
    return rule ? total(rule.right.cells) : 0n
  }
  const value = (c: CellPath) => total([c])
  for (let pass = 0; pass < 3; pass++) {
    for (const rule of template.rules) {
      if (rule.kind === 'sum' && !rule.computes) {
        const free = [...rule.right.cells].reverse().find((c) => isTyped.has(c))
        const grow = rule.left.cells.find((c) => isTyped.has(c))
        if (!free || !grow) continue
        values.set(free, 0n)
        const diff = total(rule.left.cells) - total(rule.right.cells)
        if (diff >= 0n) values.set(free, diff)
        else values.set(grow, (values.get(grow) ?? 0n) - diff)
      } else if (rule.kind === 'zeroWhilePositive' && value(rule.cell) === 0n && value(rule.positive) > 0n) {
        values.set(rule.cell, 1n)
      } else if (rule.kind === 'implies' && value(rule.cell) > 0n && value(rule.requires) === 0n) {
        values.set(rule.requires, 1n)
      }
    }
  }
  const base = filledContent(template, () => '0', { agency, year: template.years.from })
  return setCells(base, Object.fromEntries([...values].map(([p, v]) => [p, scaledText(Number(v), places(p))])))
}

export const numsArb = fc.array(fc.nat({ max: 2_000 }), { minLength: 8, maxLength: 40 })

/** The figures' problems a report has: 勾稽 relations, blank or unreadable cells (not text completeness, not plausibility). */
export function broken(template: ReportTemplate, content: ReportContent) {
  return evaluate(template, content).problems.filter((p) => p.cells.length > 0 && isRelation(p.ruleId, template))
}
