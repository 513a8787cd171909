import { checkLines, checkSheetModel } from '../../../src/core/audit/check-sheet'
import { fingerprint, groupedFingerprint } from '../../../src/core/audit/fingerprint'
import type { DocTable } from '../../../src/core/document/types'
import { format2021 } from '../../../templates/format-2021'
import { setCells } from '../../builders'
import { loadSeed } from '../../fixtures/seeds'

describe('勾稽校验单', () => {
  const { content } = loadSeed('chaoyang-2024')
  const v = Number(content.cells.t3?.carried_forward?.natural_person ?? '0')
  const broken = setCells(content, { 't3.carried_forward.natural_person': String(v + 3) })

  it('runs every rule of the template with the figures compared; a clean report passes them all', () => {
    const lines = checkLines(format2021, content)
    expect(lines.length).toBe(format2021.rules.filter((r) => r.kind !== 'crossYear' && r.kind !== 'lastYearHint').length)
    expect(lines.filter((l) => l.result === '不通过')).toEqual([])
    const t31 = lines.find((l) => l.ruleId === 'T3-1' && l.what.startsWith('自然人'))
    expect(t31?.figures).toMatch(/^一\+二＝\d+；三（七）\+四＝\d+$/)
  })

  it('a broken sum fails its T3-1 line, with both sides and the difference visible in the figures', () => {
    const t31 = checkLines(format2021, broken).find((l) => l.ruleId === 'T3-1' && l.what.startsWith('自然人'))
    expect(t31?.result).toBe('不通过')
    const [l, r] = (t31?.figures.match(/＝(\d+)/g) ?? []).map((x) => Number(x.slice(1)))
    expect(Math.abs((l ?? 0) - (r ?? 0))).toBe(3)
  })

  it('is a DocModel with the fingerprint, the check table and the lines to sign', async () => {
    const hex = await fingerprint(format2021, broken)
    const model = checkSheetModel(format2021, broken, { fingerprint: hex, at: '2025-01-10T08:30:00.000Z' })
    const texts = model.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]))
    expect(texts).toContain(`内容指纹（SHA-256）：${groupedFingerprint(hex)}`)
    expect(texts).toEqual(expect.arrayContaining(['填报人：________________', '审核人：________________', '日期：________年____月____日']))
    const table = model.blocks.find((b): b is DocTable => b.kind === 'table')
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['规则', '核对内容', '比较的数字', '结果'])
    expect(table?.rows.some((r) => r.cells[0]?.text === 'T3-1' && r.cells[3]?.text === '不通过')).toBe(true)
    expect(table?.columnWidths.reduce((a, b) => a + b, 0)).toBe(8844)
    expect(model.title.line).toBe(`${broken.year}年度报告勾稽校验单`)
  })
})
