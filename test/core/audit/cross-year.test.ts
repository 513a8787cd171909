import { auditSource } from '../../../src/core/audit/audit-source'
import { withCrossYear } from '../../../src/core/audit/cross-year'
import { formatById, FORMATS } from '../../../templates'
import { setCells } from '../../builders'
import { loadSeed } from '../../fixtures/seeds'
import { packageBytes } from './sources'

describe('跨年度 in a batch', () => {
  it('last year of the same agency becomes the basis: a 上年结转 that differs counts under 跨年度', async () => {
    const { content } = loadSeed('daxing-2024')
    const last = { ...content, year: 2023 }
    const cf = Number(last.cells.t3?.carried_forward?.natural_person ?? '0')
    // this year's 上年结转 of 自然人 should equal last year's 结转下年度: make it differ by 2
    const now = setCells(content, { 't3.carried_over.natural_person': String(cf + 2), 't3.new_received.natural_person': String(Number(content.cells.t3?.new_received?.natural_person ?? '0')) })
    const opts = { formats: FORMATS, keepContent: true }
    const rows = [...(await auditSource(packageBytes(last), 'last.json', opts)), ...(await auditSource(packageBytes(now), 'now.json', opts))]
    const before = rows[1]?.families.跨年度
    const after = await withCrossYear(rows, formatById)
    expect(before).toBe(0)
    expect(after[1]?.families.跨年度).toBeGreaterThan(0)
    expect(after[1]?.problems.some((p) => p.family === '跨年度' && p.ruleId === 'X-1')).toBe(true)
    // last year's row has no earlier year: unchanged; the row keeps its own content (no basis stored)
    expect(after[0]).toBe(rows[0])
    expect(after[1]?.content?.basis).toBeUndefined()
  })
})
