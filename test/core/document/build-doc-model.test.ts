import { buildDocModel } from '../../../src/core/document/build-doc-model'
import { BLANK_FIGURE } from '../../../src/core/document/fee-sentence'
import { TEXT_WIDTH_TWIPS } from '../../../src/core/document/page-style'
import type { DocBlock, DocModel, DocTable } from '../../../src/core/document/types'
import { layoutTable } from '../../../src/core/layout/layout-table'
import { evaluate } from '../../../src/core/rules/evaluate'
import { formatNumber } from '../../../src/core/rules/format-number'
import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'
import { distinctContent, FORMATS } from './doc-fixtures'

function model(template: ReportTemplate, content: ReportContent, draft = false): DocModel {
  return buildDocModel(template, content, evaluate(template, content), { draft })
}
const texts = (blocks: readonly DocBlock[], kind: 'paragraph' | 'heading') =>
  blocks.flatMap((b) => (b.kind === kind ? [b.text] : []))
const tables = (m: DocModel) => m.blocks.filter((b): b is DocTable => b.kind === 'table')
const part6 = (m: DocModel) => {
  const i = m.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('六、'))
  return texts(m.blocks.slice(i + 1), 'paragraph')
}

describe.each(FORMATS)('buildDocModel, %s format', (_name, template) => {
  const content = distinctContent(template)
  const evaluation = evaluate(template, content)
  const m = buildDocModel(template, content, evaluation)

  it('titles the report with the agency and 「YYYY年政府信息公开工作年度报告」', () => {
    expect(m.title).toEqual({ agency: '北京市测试区科学技术委员会', line: `${template.years.from}年政府信息公开工作年度报告` })
    expect(m.draftMark).toBeUndefined()
  })

  it('has the six part headings in the mandated order', () => {
    const level1 = m.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []))
    expect(level1).toEqual(template.parts.map((p) => p.heading))
  })

  it('numbers the sub-sections of part 一 by position, without doubling a typed number', () => {
    const level2 = m.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []))
    const titles = content.overview.map((s) => s.title.replace('（二）', ''))
    expect(level2).toEqual(titles.map((t, i) => `（${'一二三四五六'[i]}）${t}`))
    expect(level2.join('')).not.toContain('（二）（二）')
  })

  it('splits texts into paragraphs and drops blank lines and typed indentation', () => {
    const paragraphs = texts(m.blocks, 'paragraph')
    expect(paragraphs[1]).toBe('本报告电子版可在本机关门户网站下载。')
    expect(paragraphs).toContain('一是问题。')
    expect(paragraphs).toContain('二是改进。')
    expect(paragraphs.every((p) => p.trim() === p && p !== '')).toBe(true)
    for (const s of content.overview) expect(paragraphs).toContain(`${s.title.replace('（二）', '')}第二段。`)
  })

  it('draws each table exactly as its layout: same cells, labels and spans, widths filling 156 mm', () => {
    const parts = template.parts.filter((p) => p.kind === 'table')
    expect(tables(m).map((t) => t.tableId)).toEqual(parts.map((p) => p.table.id))
    for (const [i, part] of parts.entries()) {
      const layout = layoutTable(part.table)
      const t = tables(m)[i]
      expect(t?.rows.map((r) => r.header)).toEqual(layout.rows.map((r) => r.header))
      const shape = (cells: readonly { rowSpan: number; colSpan: number }[]) => cells.map((c) => [c.rowSpan, c.colSpan])
      expect(t?.rows.map((r) => shape(r.cells))).toEqual(layout.rows.map((r) => shape(r.cells)))
      const labels = layout.rows.map((r) => r.cells.map((c) => (c.kind === 'text' ? c.text : c.path)))
      expect(t?.rows.map((r) => r.cells.map((c) => c.path ?? c.text))).toEqual(labels)
      expect(t?.columnWidths).toHaveLength(layout.gridColumns)
      expect(t?.columnWidths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS)
    }
  })

  it('prints every typed value as typed and every total as computed', () => {
    const cells = tables(m).flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.role === 'number')
    expect(cells.length).toBeGreaterThan(0)
    for (const c of cells) {
      if (!c.path) throw new Error('number cell without a path')
      const [t, r, col] = c.path.split('.') as [string, string, string]
      const state = evaluation.cells.get(c.path)
      const expected = evaluation.computed.has(c.path) && state?.status === 'ok' ? formatNumber(state.value) : content.cells[t]?.[r]?.[col]
      expect(c.text, c.path).toBe(expected)
      expect(c.text).not.toBe('')
    }
  })

  it('marks a draft at the very top with the number of errors', () => {
    const broken = setCells(content, { 't3.new_received.research': '', 't3.r_granted.research': 'abc' })
    const draft = model(template, broken, true)
    const n = evaluate(template, broken).errorCount
    expect(n).toBeGreaterThan(0)
    expect(draft.draftMark).toBe(`【草稿】本文件尚有${n}处错误未改正，不得作为正式报告发布`)
    const t3 = tables(draft).find((t) => t.tableId === 't3')
    const cell = (p: string) => t3?.rows.flatMap((r) => r.cells).find((c) => c.path === p)?.text
    expect(cell('t3.new_received.research')).toBe('')
    expect(cell('t3.r_granted.research')).toBe('abc')
  })
})

describe('part 六: the 信息处理费 sentence (2021 format)', () => {
  const fees = (count: string, notified: string, collected: string) =>
    part6(model(format2021, setCells(filledContent(format2021), { 'p6.fees.notice_count': count, 'p6.fees.notice_amount': notified, 'p6.fees.collected_amount': collected })))

  it('says 「均为0」 when all three figures are 0, then the free text', () => {
    expect(fees('0', '0', '0')).toEqual([format2021.parts[5].fees.allZero, '无其他需要报告的事项。'])
    expect(fees('0', '0.00', '／')[0]).toBe(format2021.parts[5].fees.allZero)
  })
  it('states the figures otherwise, in canonical form', () => {
    expect(fees('3', '１，２００', '600.5')[0]).toBe('本年度共发出收费通知3件，总金额1200元，实际收取总金额600.5元。')
  })
  it('leaves a visible gap for a blank figure and keeps unreadable text as typed', () => {
    expect(fees('', '200', 'abc')[0]).toBe(`本年度共发出收费通知${BLANK_FIGURE}件，总金额200元，实际收取总金额abc元。`)
  })
  it('is absent in the 2019 format, which predates the fee', () => {
    expect(part6(model(format2019, filledContent(format2019)))).toEqual(['无其他需要报告的事项。'])
  })
})

describe('part 一 edge cases', () => {
  const withOverview = (overview: ReportContent['overview']) => model(format2021, filledContent(format2021, undefined, { overview }))
  const level2 = (m: DocModel) => m.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []))
  it('strips the numbers people type: （一） (1) 一、 1. 1、', () => {
    const titles = ['（一）主动公开', '(2) 依申请公开', '三、政府信息管理', '4.平台建设', '5、监督保障', '2024年工作']
    const m = withOverview(titles.map((title, i) => ({ id: `s${i}`, title, body: '正文。' })))
    expect(level2(m)).toEqual(['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）平台建设', '（五）监督保障', '（六）2024年工作'])
  })
  it('prints the text of an untitled sub-section without a bare number', () => {
    const m = withOverview([
      { id: 'a', title: '', body: '无标题的正文。' },
      { id: 'b', title: '主动公开', body: '正文。' },
    ])
    expect(level2(m)).toEqual(['（一）主动公开'])
    expect(texts(m.blocks, 'paragraph')).toContain('无标题的正文。')
  })
  it('says 草稿 without a count when a draft has no errors', () => {
    expect(model(format2021, filledContent(format2021), true).draftMark).toBe('【草稿】本文件为草稿，不得作为正式报告发布')
  })
})
