import fc from 'fast-check'
import { evaluate } from '../../../src/core/rules/evaluate'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, typedPaths } from '../../builders'

describe.each([format2021, format2019].map((f) => [f.id, f] as const))('computed totals (%s)', (_id, f) => {
  const paths = typedPaths(f).filter((p) => p.startsWith('t3.') || p.startsWith('t4.'))
  const compiled = compileTemplate(f)
  it('always satisfy the sum rules, whatever is typed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50_000 }), { minLength: paths.length, maxLength: paths.length }), (nums) => {
        const values = new Map(paths.map((p, i) => [p, String(nums[i])]))
        const e = evaluate(f, filledContent(f, (p) => values.get(p) ?? '0'))
        const sumErrors = e.problems.filter((p) => p.ruleId === 'T3-2' || p.ruleId === 'T3-3' || p.ruleId === 'T4-1')
        expect(sumErrors).toEqual([])
        // and each total equals its operands, read independently
        for (const [target, rule] of compiled.computedBy) {
          const total = e.cells.get(target)
          const parts = rule.right.cells.map((c) => e.cells.get(c))
          const sum = parts.reduce((s, x) => s + (x?.status === 'ok' ? x.value : 0), 0)
          expect(total).toEqual({ status: 'ok', value: sum })
        }
      }),
      { numRuns: 200 },
    )
  })
  it('T3-1 holds exactly when 一+二 equals 三（七）+四 in each column', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.nat({ max: 999 }), fc.nat({ max: 999 }), fc.integer({ min: -5, max: 5 }), (a, b, granted, delta) => {
        const cf = Math.max(0, a + b - granted + delta)
        const typed = new Map<string, string>([
          ['t3.new_received.research', String(a)],
          ['t3.carried_over.research', String(b)],
          ['t3.r_granted.research', String(granted)],
          ['t3.carried_forward.research', String(cf)],
        ])
        const content = filledContent(f, (p) => typed.get(p) ?? '0')
        const t31 = evaluate(f, content).problems.filter((p) => p.key === 'T3-1/research')
        const diff = Math.abs(a + b - (granted + cf))
        expect(t31.length).toBe(diff === 0 ? 0 : 1)
        if (diff) expect(t31[0]?.message).toContain(`相差${diff}`)
      }),
      { numRuns: 500 },
    )
  })
})
