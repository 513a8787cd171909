import { importDocument } from '../../../src/core/import/import-document'
import { layoutTable } from '../../../src/core/layout/layout-table'
import type { ReadCell } from '../../../src/core/read/types'
import { readText } from '../../../src/core/read/text/read-text'
import { splitCellPath } from '../../../src/core/template/cell-path'
import type { CellPath, ReportTemplate } from '../../../src/core/template/types'
import type { CellTexts } from '../../../src/core/values/types'
import { FORMATS } from '../../../templates'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { distinctValues, expandedGrid, para, reportDocument, table } from './doc-builders'

const tableOf = (t: ReportTemplate, id: string) => {
  const part = t.parts.find((p) => p.kind === 'table' && p.table.id === id)
  if (part?.kind !== 'table') throw new Error(id)
  return part.table
}
const inputs = (t: ReportTemplate) => t.parts.flatMap((p) => (p.kind === 'table' ? layoutTable(p.table).inputGrid.flat() : []))
const get = (cells: CellTexts, path: CellPath) => {
  const [t, r, c] = splitCellPath(path)
  return cells[t]?.[r]?.[c]
}
const messages = (o: { findings: readonly { message: string }[] }) => o.findings.map((f) => f.message).join('\n')

describe.each([format2021, format2019])('importDocument on the official layout of %s', (template) => {
  const year = template === format2021 ? '2024' : '2020'
  const value = distinctValues(template)
  const doc = reportDocument(template, value, { title: ['北京市某区科学技术委员会', `${year}年政府信息公开工作年度报告`] })

  it('reads every cell from its own row and column, with provenance', () => {
    const o = importDocument(doc, FORMATS)
    expect(o.template).toBe(template)
    for (const path of inputs(template)) {
      expect(get(o.content.cells, path), path).toBe(value(path))
      expect(o.provenance[path]).toMatchObject({ raw: value(path), how: 'read' })
    }
    expect(o.provenance['t3.new_received.total']).toMatchObject({ table: '表三', rowLabel: '一、本年新收政府信息公开申请数量', columnLabel: '总计' })
    expect(o.findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(o.yearNeedsConfirmation).toBe(false)
  })

  it('reads rows by their label when the rows are printed in another order', () => {
    const grids: Record<string, ReadCell[][]> = {}
    for (const id of ['t2', 't3']) {
      const g = expandedGrid(tableOf(template, id), value)
      const head = id === 't3' ? 3 : 0
      grids[id] = [...g.slice(0, head), ...g.slice(head).reverse()]
    }
    const o = importDocument(reportDocument(template, value, { title: ['某机关', `${year}年政府信息公开工作年度报告`], grids }), FORMATS)
    for (const path of inputs(template)) expect(get(o.content.cells, path), path).toBe(value(path))
  })

  it('reads columns by their header labels when the columns are printed in another order', () => {
    const t3 = expandedGrid(tableOf(template, 't3'), value)
    const order = [0, 1, 2, 9, 8, 3, 4, 5, 6, 7] // 总计 and 其他 first, then the rest
    const t4 = expandedGrid(tableOf(template, 't4'), value)
    const t4order = [...Array.from({ length: 10 }, (_, i) => i + 5), 0, 1, 2, 3, 4] // 行政诉讼 before 行政复议
    const grids = { t3: t3.map((row) => order.map((i) => row[i] as ReadCell)), t4: t4.map((row) => t4order.map((i) => row[i] as ReadCell)) }
    const o = importDocument(reportDocument(template, value, { title: ['某机关', `${year}年政府信息公开工作年度报告`], grids }), FORMATS)
    for (const path of inputs(template)) expect(get(o.content.cells, path), path).toBe(value(path))
    expect(messages(o)).not.toContain('按官方格式的顺序')
  })
})

describe('format by year and by labels', () => {
  it('reads a report printed in the 2019 format under a 2021 title in the 2019 format, with a warning', () => {
    const value = distinctValues(format2019)
    const o = importDocument(reportDocument(format2019, value, { title: ['某机关', '2021年政府信息公开工作年度报告'] }), FORMATS)
    expect(o.template).toBe(format2019)
    expect(o.content.year).toBe(2021)
    expect(get(o.content.cells, 't2.other_services.change' as CellPath)).toBe(value('t2.other_services.change' as CellPath))
    expect(o.findings).toContainEqual(expect.objectContaining({ ruleId: 'S-3', message: expect.stringContaining('已按表格的格式读取') }))
  })

  it('reads a 2021-format report titled 2020 in the 2021 format, with a warning', () => {
    const o = importDocument(reportDocument(format2021, distinctValues(format2021), { title: ['某机关', '2020年政府信息公开工作年度报告'] }), FORMATS)
    expect(o.template).toBe(format2021)
    expect(messages(o)).toContain('2020年度的报告应使用2019年版格式')
  })
})

describe('local sub-rows and rows or columns the format does not have (S-2)', () => {
  const value = distinctValues(format2019)
  const title = ['某机关', '2020年政府信息公开工作年度报告']

  it('sums 行政检查 and 行政确认 printed under 其他对外管理服务事项 into the official row, with a notice', () => {
    // a second label column: the row 其他对外管理服务事项 is merged over two local sub-rows
    const g = expandedGrid(tableOf(format2019, 't2'), value).flatMap((row): ReadCell[][] => {
      const widened = [row[0] as ReadCell, { text: row[0]?.text ?? '', origin: false }, ...row.slice(1)]
      if (row[0]?.text !== '其他对外管理服务事项') return [widened]
      return [
        [{ text: '其他对外管理服务事项', origin: true }, { text: '行政检查', origin: true }, ...['1', '2', '3'].map((text) => ({ text, origin: true }))],
        [{ text: '其他对外管理服务事项', origin: false }, { text: '行政确认', origin: true }, ...['4', '-1', '/'].map((text) => ({ text, origin: true }))],
      ]
    })
    const o = importDocument(reportDocument(format2019, value, { title, grids: { t2: g } }), FORMATS)
    expect(o.content.cells.t2?.other_services).toEqual({ prev_items: '5', change: '1', decisions: '3' })
    expect(o.provenance['t2.other_services.prev_items']).toMatchObject({ how: 'summed', raw: '1 + 4', rowLabel: '其他对外管理服务事项（行政检查+行政确认）' })
    expect(messages(o)).toContain('表二「其他对外管理服务事项」由本地分项「行政检查」「行政确认」相加得出')
    expect(o.content.cells.t2?.licensing).toEqual({ prev_items: value('t2.licensing.prev_items' as CellPath), change: value('t2.licensing.change' as CellPath), decisions: value('t2.licensing.decisions' as CellPath) })
  })

  it('sums sub-rows in pasted text too (the merge printed once, the continuation empty)', () => {
    const base = reportDocument(format2019, value, { title })
    const text = '某机关\n2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\t第二十条第（五）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n\t行政许可\n\t1\n\t0\n\t1\n\n\t其他对外管理服务事项\n\t行政检查\n\t2\n\t1\n\t3\n\n\t\n\t行政确认\n\t5\n\t0\n\t4\n'
    const o = importDocument(readText(text), [format2019])
    expect(base.blocks.length).toBeGreaterThan(0)
    expect(o.content.cells.t2?.other_services).toEqual({ prev_items: '7', change: '1', decisions: '7' })
    expect(o.content.cells.t2?.licensing).toEqual({ prev_items: '1', change: '0', decisions: '1' })
  })

  it('reports an added row and an added column instead of dropping them silently', () => {
    const v21 = distinctValues(format2021)
    const t3 = expandedGrid(tableOf(format2021, 't3'), v21).map((row, r) => [...row, { text: r < 3 ? '备注' : '9', origin: r !== 1 && r !== 2 }])
    t3.splice(5, 0, [{ text: '小计', origin: true }, { text: '小计', origin: false }, { text: '小计', origin: false }, ...Array.from({ length: 8 }, () => ({ text: '7', origin: true }))])
    const o = importDocument(reportDocument(format2021, v21, { grids: { t3 } }), FORMATS)
    for (const path of inputs(format2021)) expect(get(o.content.cells, path), path).toBe(v21(path))
    expect(o.findings).toContainEqual(expect.objectContaining({ ruleId: 'S-2', message: '表三有官方格式没有的列「备注」，该列的数值未导入' }))
    expect(o.findings).toContainEqual(expect.objectContaining({ ruleId: 'S-2', message: expect.stringContaining('表三有官方格式没有的行「小计」') }))
  })

  it('reports a fourth table as not recognised', () => {
    const doc = reportDocument(format2021, distinctValues(format2021))
    const extra = table(expandedGrid(tableOf(format2021, 't3'), () => '1'), '第4个表格')
    const o = importDocument({ ...doc, blocks: [...doc.blocks, extra] }, FORMATS)
    expect(o.findings).toContainEqual(expect.objectContaining({ kind: 'unrecognised', message: expect.stringContaining('第4个表格不是官方格式的表二、表三或表四') }))
  })

  it('names the tables and counts them as the template does (a revision with 表四 renamed and one without it)', () => {
    const renamed: ReportTemplate = { ...format2021, parts: format2021.parts.map((p) => (p.kind === 'table' && p.table.id === 't4' ? { ...p, table: { ...p.table, name: '表五' } } : p)) }
    const doc = reportDocument(renamed, distinctValues(renamed))
    const extra = table(expandedGrid(tableOf(format2021, 't3'), () => '1'), '第4个表格')
    const o = importDocument({ ...doc, blocks: [...doc.blocks, extra] }, [renamed])
    expect(o.findings).toContainEqual(expect.objectContaining({ kind: 'unrecognised', message: expect.stringContaining('第4个表格不是官方格式的表二、表三或表五') }))

    const mentionsT4 = (x: unknown) => JSON.stringify(x).includes('"t4.')
    const twoTables: ReportTemplate = { ...format2021, parts: format2021.parts.filter((p) => !(p.kind === 'table' && p.table.id === 't4')), rules: format2021.rules.filter((r) => !mentionsT4(r)) }
    const doc2 = reportDocument(twoTables, distinctValues(twoTables))
    const third = table(expandedGrid(tableOf(format2021, 't3'), () => '1'), '第3个表格')
    const o2 = importDocument({ ...doc2, blocks: [...doc2.blocks, third] }, [twoTables])
    expect(o2.findings).toContainEqual(expect.objectContaining({ kind: 'unrecognised', message: expect.stringContaining('第3个表格不是官方格式的表二或表三') }))
  })
})

describe('cells: blank, placeholder and 0 stay distinct', () => {
  it('keeps blank blank, reads 「/」 as 0 with a notice, refuses 「×」', () => {
    const v = distinctValues(format2021)
    const special: Record<string, string> = { 't3.new_received.natural_person': '', 't3.new_received.commercial': '/', 't3.new_received.research': '0', 't3.new_received.public_welfare': '×' }
    const o = importDocument(reportDocument(format2021, (p) => special[p] ?? v(p)), FORMATS)
    expect(o.content.cells.t3?.new_received).toMatchObject({ natural_person: '', commercial: '0', research: '0', public_welfare: '×' })
    expect(o.provenance['t3.new_received.natural_person']?.how).toBe('blank')
    expect(o.provenance['t3.new_received.commercial']).toMatchObject({ how: 'placeholder', raw: '/' })
    expect(o.provenance['t3.new_received.research']?.how).toBe('read')
    const byPath = (p: string) => o.findings.filter((f) => f.path === p)
    expect(byPath('t3.new_received.natural_person')[0]?.message).toContain('为空，保持空白')
    expect(byPath('t3.new_received.commercial')[0]?.message).toContain('「/」按0处理')
    expect(byPath('t3.new_received.research')).toEqual([])
    expect(byPath('t3.new_received.public_welfare')[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('「×」不是数字') })
  })
})

describe('title and year', () => {
  const doc = (title: string[]) => reportDocument(format2021, distinctValues(format2021), { title })

  it('takes the year from the statistics period when the title has none, to be confirmed', () => {
    const o = importDocument(doc(['北京市某区科学技术委员会政府信息公开工作年度报告']), FORMATS)
    expect(o.content.agency).toBe('北京市某区科学技术委员会')
    expect(o.content.year).toBe(2024)
    expect(o.yearNeedsConfirmation).toBe(true)
    expect(messages(o)).toContain('已按统计期限取2024年，请确认报告年度')
  })

  it('uses the confirmed year', () => {
    const o = importDocument(doc(['北京市某区科学技术委员会政府信息公开工作年度报告']), FORMATS, { year: 2023 })
    expect(o.content.year).toBe(2023)
    expect(o.yearNeedsConfirmation).toBe(false)
  })

  it('reads a one-line title with the year', () => {
    const o = importDocument(doc(['北京市某区人民政府2022年政府信息公开工作年度报告']), FORMATS)
    expect(o.content).toMatchObject({ agency: '北京市某区人民政府', year: 2022, unitType: 'government' })
  })
})

describe('narrative', () => {
  const titles = (overview: string[]) =>
    importDocument(reportDocument(format2021, distinctValues(format2021), { overview }), FORMATS).content.overview.map((s) => [s.title, s.body, s.topicId])

  it('reads part 一 in the three published styles', () => {
    expect(titles(['（一）主动公开。本年度主动公开信息12条。', '（二）依申请公开。收到申请1件。'])).toEqual([
      ['主动公开', '本年度主动公开信息12条。', 'proactive'],
      ['依申请公开', '收到申请1件。', 'on_request'],
    ])
    expect(titles(['（一）领导组织有力', '成立领导小组。', '（二）深化平台建设', '网站改版。'])).toEqual([
      ['领导组织有力', '成立领导小组。', undefined],
      ['深化平台建设', '网站改版。', 'platform'],
    ])
    expect(titles(['1. 主动公开情况。公开信息。', '2.监督保障情况。开展培训。'])).toEqual([
      ['主动公开情况', '公开信息。', 'proactive'],
      ['监督保障情况', '开展培训。', 'oversight'],
    ])
  })

  it('reads parts 五 and 六 and the 信息处理费 facts into their fields', () => {
    const o = importDocument(reportDocument(format2021, distinctValues(format2021), { problems: '问题一。', other: '本年度发出收费通知3件，总金额300元，实际收取200元。' }), FORMATS)
    expect(o.content.problems).toBe('问题一。')
    expect(o.content.other).toBe('本年度发出收费通知3件，总金额300元，实际收取200元。')
    expect(o.content.cells.p6?.fees).toEqual({ notice_count: '3', notice_amount: '300', collected_amount: '200' })
    expect(o.provenance['p6.fees.notice_count']).toMatchObject({ how: 'read', table: '第六部分' })
    const none = importDocument(reportDocument(format2021, distinctValues(format2021), { other: '无。' }), FORMATS)
    expect(none.content.cells.p6?.fees).toEqual({ notice_count: '', notice_amount: '', collected_amount: '' })
    expect(none.provenance['p6.fees.notice_count']?.how).toBe('missing')
  })

  it('reports text outside any part', () => {
    const doc = reportDocument(format2021, distinctValues(format2021))
    const i = doc.blocks.findIndex((b) => b.kind === 'table')
    const blocks = [...doc.blocks.slice(0, i), para('（表格说明：以下为统计表）'), ...doc.blocks.slice(i)]
    const o = importDocument({ ...doc, blocks }, FORMATS)
    expect(o.findings).toContainEqual(expect.objectContaining({ kind: 'unrecognised', message: expect.stringContaining('表格外的文字「（表格说明：以下为统计表）」未导入') }))
  })
})
