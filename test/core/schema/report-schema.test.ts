import { buildReportSchema } from '../../../src/core/schema/report-schema'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'

describe('buildReportSchema', () => {
  const schema = buildReportSchema(format2021)
  it('accepts a consistent report', () => {
    expect(schema.safeParse(filledContent(format2021)).success).toBe(true)
  })
  it('puts a sum error at the cells of the rule, while an unrelated cell is invalid', () => {
    const bad = setCells(filledContent(format2021), { 't3.new_received.legal_services': '2', 't2.regulations.issued': '十' })
    const r = schema.safeParse(bad)
    expect(r.success).toBe(false)
    const issues = r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []
    expect(issues).toContainEqual(['cells.t3.new_received.legal_services', expect.stringContaining('法律服务机构：一+二＝2，三（七）+四＝0，相差2')])
    expect(issues).toContainEqual(['cells.t2.regulations.issued', expect.stringContaining('表二「规章」「本年制发件数」')])
  })
  it('refuses a wrong shape before any rule runs', () => {
    const r = schema.safeParse({ ...filledContent(format2021), year: '2024' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(['year'])
  })
  it('warnings do not fail the schema', () => {
    expect(schema.safeParse(setCells(filledContent(format2021), { 't2.admin_fees.amount': '25100' })).success).toBe(true)
  })
})
