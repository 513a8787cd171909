import fc from 'fast-check'
import { aggregateContent, planAggregate, sumCells } from '../../../src/core/audit/aggregate'
import { rawText } from '../../../src/core/rules/cell-states'
import { evaluate } from '../../../src/core/rules/evaluate'
import type { CellState } from '../../../src/core/rules/types'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { CellPath } from '../../../src/core/template/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { broken, numsArb, validContent } from './valid-parts'

/** Exact decimal text → integer of ten-thousandths, independently of the code under test. */
function scaled(text: string): bigint {
  if (text === '') return 0n
  const [int = '0', frac = ''] = text.replace(/^-/, '').split('.')
  const v = BigInt(int) * 10_000n + BigInt((frac + '0000').slice(0, 4))
  return text.startsWith('-') ? -v : v
}

describe.each([format2021, format2019].map((f) => [f.id, f] as const))('汇总 (%s)', (_id, f) => {
  it('the parts are valid reports (the generator keeps every relation)', () => {
    fc.assert(
      fc.property(numsArb, (nums) => {
        expect(broken(f, validContent(f, nums, '甲局'))).toEqual([])
      }),
      { numRuns: 30 },
    )
  })

  it('the sum report satisfies every 勾稽 rule when the parts do, and each cell is the exact sum', () => {
    fc.assert(
      fc.property(fc.array(numsArb, { minLength: 1, maxLength: 5 }), fc.nat({ max: 2 }), (partsNums, listIn) => {
        const parts = partsNums.map((nums, i) => ({ id: `u${i}`, template: f, content: validContent(f, nums, `单位${i}`) }))
        const plan = planAggregate(parts)
        expect(plan.ok && plan.withErrors).toEqual([])
        const units = parts.map((p) => ({ agency: p.content.agency, year: p.content.year }))
        const where = (['overview', 'other', 'none'] as const)[listIn]
        const parent = aggregateContent(parts, f, { agency: '某区人民政府办公室', unitType: 'government', unitListIn: where }, units)
        expect(broken(f, parent)).toEqual([])
        const compiled = compileTemplate(f)
        const evaluated = [parent, ...parts.map((p) => p.content)].map((c) => evaluate(f, c).cells)
        const [inParent, ...inParts] = evaluated
        for (const path of compiled.cells.keys()) {
          if (compiled.computedBy.has(path)) {
            // a computed total: the engine's value for the parent is the sum of the parts' totals
            const v = (s: CellState | undefined) => (s?.status === 'ok' ? BigInt(Math.round(s.value * 10_000)) : 0n)
            expect([path, v(inParent?.get(path))]).toEqual([path, inParts.reduce((s, c) => s + v(c.get(path)), 0n)])
          } else {
            const expected = parts.reduce((s, p) => s + scaled(rawText(p.content.cells, path)), 0n)
            expect([path, scaled(rawText(parent.cells, path))]).toEqual([path, expected])
          }
        }
        expect(parent.units).toEqual(units)
      }),
      { numRuns: 40 },
    )
  })
})

describe('sumCells', () => {
  it('adds 万元 exactly to 4 decimals (no binary rounding: 0.1+0.2 is 0.3)', () => {
    const f = format2021
    const amount = 't2.admin_fees.amount' as CellPath
    const mk = (v: string) => ({ id: v, template: f, content: validContent(f, [0], v) })
    const a = mk('0.1')
    const b = mk('0.2')
    const c = mk('1234.5678')
    const withAmount = (p: typeof a, v: string) => ({ ...p, content: { ...p.content, cells: { ...p.content.cells, t2: { ...p.content.cells.t2, admin_fees: { ...p.content.cells.t2?.admin_fees, amount: v } } } } })
    const sums = new Map(sumCells([withAmount(a, '0.1'), withAmount(b, '0.2'), withAmount(c, '1234.5678')], f))
    expect(sums.get(amount)).toBe('1234.8678')
  })

  it('refuses mixed formats and mixed years with the reason', () => {
    const a = { id: 'a', template: format2021, content: validContent(format2021, [1], '甲') }
    const b = { id: 'b', template: format2019, content: validContent(format2019, [1], '乙') }
    const plan = planAggregate([a, b])
    expect(plan).toEqual({ ok: false, reason: expect.stringMatching(/不同的格式.*2021年版.*2019年版/) })
    const c = { ...a, id: 'c', content: { ...a.content, year: 2022 } }
    expect(planAggregate([a, c])).toEqual({ ok: false, reason: expect.stringContaining('不同年度（2021、2022年度）') })
    expect(planAggregate([])).toEqual({ ok: false, reason: '请至少选择一份报告' })
  })

  it('lists the units with errors before summing', () => {
    const a = { id: 'a', template: format2021, content: validContent(format2021, [3, 5], '甲局') }
    const bad = { ...a, id: 'b', content: { ...a.content, agency: '乙局', cells: { ...a.content.cells, t3: { ...a.content.cells.t3, carried_forward: { ...a.content.cells.t3?.carried_forward, natural_person: '999' } } } } }
    const plan = planAggregate([a, bad])
    expect(plan.ok && plan.withErrors.map((u) => u.agency)).toEqual(['乙局'])
  })
})
