import { evaluate } from '../../../src/core/rules/evaluate'
import { basisFrom } from '../../../src/core/year-over-year/basis'
import { moveYears, startNextYear } from '../../../src/core/year-over-year/start-next-year'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'

const COLS = ['natural_person', 'commercial', 'research', 'public_welfare', 'legal_services', 'other_org'] as const
const cell = (c: { cells: Record<string, Record<string, Record<string, string>>> }, p: string) => {
  const [t = '', r = '', k = ''] = p.split('.')
  return c.cells[t]?.[r]?.[k]
}

/** A report whose 结转下年度 differs per column: column i carries i+1 applications forward. */
function lastYear2021() {
  const entries: Record<string, string> = {}
  COLS.forEach((c, i) => {
    entries[`t3.new_received.${c}`] = String(i + 3)
    entries[`t3.r_granted.${c}`] = '2'
    entries[`t3.carried_forward.${c}`] = String(i + 1)
  })
  return setCells(filledContent(format2021, () => '0', { year: 2023, agency: '某市科学技术局', opening: '本报告统计期限自2023年1月1日起至2023年12月31日止。依据2019年修订的《条例》编制。' }), entries)
}

describe('startNextYear', () => {
  it('2021 → 2021: 上年结转 per column is last year’s 结转下年度, the years of the opening move on', () => {
    const last = lastYear2021()
    expect(evaluate(format2021, last).errorCount).toBe(0)
    const { content, basis, notCarried } = startNextYear(format2021, last, format2021, '某市科学技术局 2023年度')
    expect(content.year).toBe(2024)
    expect(content.agency).toBe('某市科学技术局')
    expect(content.opening).toBe('本报告统计期限自2024年1月1日起至2024年12月31日止。依据2019年修订的《条例》编制。')
    COLS.forEach((c, i) => expect(cell(content, `t3.carried_over.${c}`)).toBe(String(i + 1)))
    // the 总计 column is computed from the others, and the basis keeps last year's computed total
    expect(cell(content, 't3.carried_over.total')).toBeUndefined()
    expect(cell(basis, 't3.carried_forward.total')).toBe('21')
    expect(content.basis).toBe(basis)
    expect(notCarried).toEqual([])
    // nothing else is filled: blank is not zero
    expect(cell(content, 't3.new_received.natural_person')).toBeUndefined()
    expect(content.overview.map((s) => [s.title, s.body])).toEqual(last.overview.map((s) => [s.title, '']))
  })

  it('2019 → 2020: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减 (X-3)', () => {
    const last = setCells(filledContent(format2019, () => '0', { year: 2019 }), {
      't2.licensing.prev_items': '10',
      't2.licensing.change': '-3',
      't2.penalty.prev_items': '4',
      't2.penalty.change': '2',
      't2.admin_fees.prev_items': '1',
      't2.admin_fees.change': '0',
      't3.carried_forward.natural_person': '2',
    })
    const { content } = startNextYear(format2019, last, format2019, '2019')
    expect(cell(content, 't2.licensing.prev_items')).toBe('7')
    expect(cell(content, 't2.penalty.prev_items')).toBe('6')
    expect(cell(content, 't2.admin_fees.prev_items')).toBe('1')
    expect(cell(content, 't2.licensing.change')).toBeUndefined()
    expect(cell(content, 't3.carried_over.natural_person')).toBe('2')
  })

  it('2020 → 2021: only 表三 is carried (X-4), the draft says what was not, part 一 takes the new names', () => {
    const last = setCells(filledContent(format2019, () => '0', { year: 2020 }), {
      't2.licensing.prev_items': '10',
      't3.carried_forward.commercial': '4',
    })
    const { content, notCarried } = startNextYear(format2019, last, format2021, '2020')
    expect(cell(content, 't3.carried_over.commercial')).toBe('4')
    expect(content.cells.t2).toBeUndefined()
    expect(notCarried.join('\n')).toContain('政府集中采购')
    expect(notCarried.join('\n')).toContain('表二的数字不接续核对')
    expect(content.overview.find((s) => s.topicId === 'management')?.title).toBe('政府信息管理')
  })

  it('keeps custom sub-section titles and adds a topic last year lacked', () => {
    const base = filledContent(format2021, () => '0', { year: 2023 })
    const last = { ...base, overview: [{ id: 'lead', title: '领导组织有力', body: '旧文字' }, ...base.overview.slice(0, 2)] }
    const { content } = startNextYear(format2021, last, format2021, 'x')
    expect(content.overview[0]).toEqual({ id: 'lead', title: '领导组织有力', body: '' })
    expect(content.overview.map((s) => s.topicId).filter(Boolean)).toEqual(['proactive', 'on_request', 'management', 'platform', 'oversight'])
  })

  it('moveYears moves only last year', () => {
    expect(moveYears('2023年1月1日至2023年12月31日，2019年修订', 2023)).toBe('2024年1月1日至2024年12月31日，2019年修订')
  })

  it('the basis never nests last year’s own basis', () => {
    const last = { ...lastYear2021(), basis: basisFrom(format2021, lastYear2021(), 'older') }
    expect(basisFrom(format2021, last, 'x')).not.toHaveProperty('basis')
  })
})
