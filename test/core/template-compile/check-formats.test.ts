import { checkFormats } from '../../../src/core/template-compile/check-formats'
import { pickFormat, yearRangesText } from '../../../src/core/template/pick-format'
import type { ReportTemplate } from '../../../src/core/template/types'
import { FORMATS } from '../../../templates'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

const years = (f: ReportTemplate, from: number, to?: number): ReportTemplate => ({ ...f, id: `${f.id}-${from}`, years: to === undefined ? { from } : { from, to } })

describe('checkFormats: the list of formats', () => {
  it('accepts the app’s list', () => {
    expect(checkFormats(FORMATS)).toEqual([])
  })
  it('rejects a gap, an overlap, a second open end and a closed last range', () => {
    expect(checkFormats([years(format2019, 2019, 2019), years(format2021, 2021)])).toEqual([expect.stringContaining('2020—2020年度没有格式')])
    expect(checkFormats([years(format2019, 2019, 2021), years(format2021, 2021)])).toEqual([expect.stringContaining('起始年度2021与前一格式重叠')])
    expect(checkFormats([years(format2019, 2019), years(format2021, 2021)])).toEqual(
      expect.arrayContaining([expect.stringContaining('只有最后一个格式可以不设结束年度')]),
    )
    expect(checkFormats([years(format2019, 2019, 2020), years(format2021, 2021, 2030)])).toEqual([expect.stringContaining('最后一个格式不应设结束年度')])
    expect(checkFormats([years(format2019, 2020, 2020), years(format2021, 2021)])).toEqual([expect.stringContaining('2019—2019年度没有格式')])
  })
  it('rejects a duplicate id and passes on each template’s own problems', () => {
    expect(checkFormats([format2019, format2021, format2021])).toEqual(expect.arrayContaining([expect.stringContaining('格式 id「gov-info-annual-2021」重复')]))
    const broken = { ...format2021, rules: [...format2021.rules, format2021.rules[0]!] }
    expect(checkFormats([format2019, broken])).toEqual([expect.stringContaining('规则 key')])
  })
})

describe('pickFormat', () => {
  it('does not depend on the order of the list', () => {
    for (const list of [[format2019, format2021], [format2021, format2019]]) {
      for (const [year, id] of [[2019, format2019.id], [2020, format2019.id], [2021, format2021.id], [2026, format2021.id]] as const) {
        const r = pickFormat(list, year, 2026)
        expect(r.ok && r.template.id).toBe(id)
      }
    }
    // a list checkFormats would refuse (2021 still open-ended): the later revision wins in either order
    const later = { ...format2021, id: 'later', years: { from: 2027 } }
    for (const list of [[format2021, later], [later, format2021]]) {
      const r = pickFormat(list, 2028, 2028)
      expect(r.ok && r.template.id).toBe('later')
    }
  })
  it('builds the refusal from the list', () => {
    expect(yearRangesText(FORMATS)).toBe('2019—2020年度用2019年版格式，2021年度起用2021年版格式')
    const r = pickFormat([format2021, format2019], 2018, 2026)
    expect(!r.ok && r.message).toBe('2018年度早于现行年报格式：本工具支持2019年度及以后的报告（2019—2020年度用2019年版格式，2021年度起用2021年版格式）。')
    const three = [format2019, { ...format2021, years: { from: 2021, to: 2026 } }, { ...format2021, id: 'x', title: '2027年版格式（测试）', years: { from: 2027 } }]
    const r3 = pickFormat(three, 2018, 2027)
    expect(!r3.ok && r3.message).toContain('2021—2026年度用2021年版格式，2027年度起用2027年版格式')
  })
})
