import { evaluate } from '../../../src/core/rules/evaluate'
import { rawText } from '../../../src/core/rules/cell-states'
import { cellPath } from '../../../src/core/template/cell-path'
import { format2021 } from '../../../templates/format-2021'
import { setCells } from '../../builders'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'

const COLUMNS = [
  ['natural_person', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['public_welfare', '社会公益组织'],
  ['legal_services', '法律服务机构'],
  ['other_org', '其他'],
  ['total', '总计'],
] as const

describe.each(SEED_NAMES.map((n) => [n] as const))('published report %s', (name) => {
  const { content } = loadSeed(name)
  it('typed as published (totals as printed, checked): no errors', () => {
    const e = evaluate(format2021, content)
    expect(e.problems.filter((p) => p.severity === 'error')).toEqual([])
  })
  it('with computed totals: no errors and the computed totals equal the printed ones', () => {
    const e = evaluate(format2021, { ...content, manualTotals: [] })
    expect(e.problems.filter((p) => p.severity === 'error')).toEqual([])
    for (const path of e.computed) {
      const s = e.cells.get(path)
      expect(s?.status === 'ok' ? String(s.value) : s?.status).toBe(rawText(content.cells, path))
    }
  })
  it.each(COLUMNS)('a one-cell change in column %s gives T3-1 for that column with the difference', (col, label) => {
    const path = cellPath('t3', 'carried_forward', col)
    const before = Number(rawText(content.cells, path))
    const e = evaluate(format2021, setCells(content, { [path]: String(before + 3) }))
    const t31 = e.problems.filter((p) => p.ruleId === 'T3-1')
    expect(t31.map((p) => p.key)).toEqual([`T3-1/${col}`])
    expect(t31[0]?.message).toMatch(new RegExp(`^${label}：一\\+二＝\\d+，三（七）\\+四＝\\d+，相差3`))
    expect(t31[0]?.cells).toContain(path)
  })
})
