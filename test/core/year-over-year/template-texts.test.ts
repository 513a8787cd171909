import { tableNamesText } from '../../../src/core/template/table-names'
import type { ReportTemplate, TableDef } from '../../../src/core/template/types'
import { crossYearStatements } from '../../../src/core/year-over-year/carry-over'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

/** format2021 with 表二 printed under another name: what messages say must follow the template. */
function renamedTable2(): ReportTemplate {
  return {
    ...format2021,
    parts: format2021.parts.map((p) => (p.kind === 'table' && p.table.name === '表二' ? { ...p, table: { ...p.table, name: '附表一' } as TableDef } : p)),
  }
}

describe('table names and carry checks in messages come from the template', () => {
  it('names the tables in printed order', () => {
    expect(tableNamesText(format2021, '或')).toBe('表二、表三或表四')
    expect(tableNamesText(format2021)).toBe('表二、表三、表四')
    expect(tableNamesText(renamedTable2(), '和')).toBe('附表一、表三和表四')
  })

  it('states what is checked against last year, per format, each statement once', () => {
    const in2021 = crossYearStatements(format2021)
    expect(in2021[0]).toBe('表三：本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”')
    expect(in2021.some((l) => l.startsWith('表二：现行有效件数'))).toBe(true)
    expect(new Set(in2021).size).toBe(in2021.length)
    const in2019 = crossYearStatements(format2019)
    expect(in2019[0]).toBe(in2021[0])
    expect(in2019.some((l) => l.startsWith('表二：') && l.includes('上一年项目数量'))).toBe(true)
    expect(crossYearStatements(renamedTable2()).some((l) => l.startsWith('附表一：现行有效件数'))).toBe(true)
  })
})
