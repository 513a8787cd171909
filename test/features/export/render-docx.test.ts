import { LINE_PITCH_TWIPS } from '../../../src/core/document/page-style'
// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs'
import { buildDocModel } from '../../../src/core/document/build-doc-model'
import type { DocFonts } from '../../../src/core/document/fonts'
import type { DocTable } from '../../../src/core/document/types'
import type { ReportTemplate } from '../../../src/core/template/types'
import { layoutTable } from '../../../src/core/layout/layout-table'
import { evaluate } from '../../../src/core/rules/evaluate'
import { renderDocxBuffer } from '../../../src/features/export/render-docx'
import { format2021 } from '../../../templates/format-2021'
import { distinctContent } from '../../core/document/doc-fixtures'
import { attr, findAll, footersByType, kid, ownText, parseXml, placeCells, readTables, textOf, unpackDocx, type XmlNode } from '../../support/docx-tables'

const content = distinctContent(format2021)
const model = buildDocModel(format2021, content, evaluate(format2021, content), { draft: true })
const modelTables = model.blocks.filter((b): b is DocTable => b.kind === 'table')

async function render(fonts?: DocFonts) {
  const bytes = await renderDocxBuffer(model, fonts)
  const parts = unpackDocx(bytes)
  return { bytes, parts, doc: parseXml(parts['word/document.xml'] ?? ''), styles: parseXml(parts['word/styles.xml'] ?? '') }
}
const one = (nodes: XmlNode[], tag: string) => findAll(nodes, tag)[0]
const style = (styles: XmlNode[], id: string) => findAll(styles, 'w:style').find((s) => attr(s, 'w:styleId') === id)
const fontsOf = (node: XmlNode | undefined) => {
  const f = node ? one([node], 'w:rFonts') : undefined
  return { eastAsia: attr(f, 'w:eastAsia'), ascii: attr(f, 'w:ascii'), hAnsi: attr(f, 'w:hAnsi') }
}
const sizeOf = (node: XmlNode | undefined) => attr(node ? one([node], 'w:sz') : undefined, 'w:val')

describe('renderDocx: page (GB/T 9704 §5.1)', () => {
  it('is A4 with the margins in exact twips and the footer 23 mm up', async () => {
    const { doc } = await render()
    const sect = one(doc, 'w:sectPr')
    expect(attr(kid(sect, 'w:pgSz'), 'w:w')).toBe('11906')
    expect(attr(kid(sect, 'w:pgSz'), 'w:h')).toBe('16838')
    const mar = kid(sect, 'w:pgMar')
    expect(['w:top', 'w:bottom', 'w:left', 'w:right', 'w:footer'].map((a) => attr(mar, a))).toEqual(['2098', '1984', '1588', '1474', '1304'])
  })
  it('sets 22 lines a page by exact spacing, with no grid that would snap table lines', async () => {
    const { doc, styles } = await render()
    const grid = kid(one(doc, 'w:sectPr'), 'w:docGrid')
    expect(['lines', 'linesAndChars', 'snapToChars']).not.toContain(grid ? attr(grid, 'w:type') : undefined)
    const pitch = LINE_PITCH_TWIPS
    expect(pitch * 22).toBeLessThanOrEqual(16838 - 2098 - 1984)
    expect(pitch * 23).toBeGreaterThan(16838 - 2098 - 1984)
    for (const id of ['Normal', 'ReportBody', 'Heading1', 'Heading2', 'Title']) {
      const spacing = one([kid(style(styles, id) ?? {}, 'w:pPr') ?? {}], 'w:spacing')
      expect([attr(spacing, 'w:line'), attr(spacing, 'w:lineRule')], id).toEqual([String(pitch), 'exact'])
    }
  })
  it('sets 28 三号 characters a line: 29 would not fit in 156 mm', async () => {
    const { styles } = await render()
    const rPr = kid(style(styles, 'Normal') ?? {}, 'w:rPr')
    const advance = 320 + Number(attr(kid(rPr, 'w:spacing'), 'w:val'))
    expect(advance * 28).toBeLessThanOrEqual(8844)
    expect(advance * 29).toBeGreaterThan(8844)
  })
})

describe('renderDocx: fonts (spec §5.2)', () => {
  it('names the East Asian and the Latin slot in every style', async () => {
    const { styles } = await render()
    const defaults = one(styles, 'w:docDefaults')
    expect(fontsOf(defaults)).toEqual({ eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
    expect(sizeOf(defaults)).toBe('32')
    expect(attr(one(defaults ? [defaults] : [], 'w:lang'), 'w:eastAsia')).toBe('zh-CN')
    expect(fontsOf(style(styles, 'Title'))).toEqual({ eastAsia: '方正小标宋简体', ascii: '方正小标宋简体', hAnsi: '方正小标宋简体' })
    expect(sizeOf(style(styles, 'Title'))).toBe('44')
    expect(fontsOf(style(styles, 'Heading1')).eastAsia).toBe('黑体')
    expect(fontsOf(style(styles, 'Heading2')).eastAsia).toBe('楷体')
    expect(sizeOf(style(styles, 'Heading1'))).toBe('32')
    expect(fontsOf(style(styles, 'ReportTable'))).toEqual({ eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
    expect(sizeOf(style(styles, 'ReportTable'))).toBe('21')
    const ind = one([style(styles, 'ReportBody') ?? {}], 'w:ind')
    expect([attr(ind, 'w:firstLineChars'), attr(ind, 'w:firstLine')]).toEqual(['200', '640'])
  })
  it('uses the fonts chosen in the settings: 仿宋_GB2312 with 楷体_GB2312, a fallback title font', async () => {
    const { styles } = await render({ body: '仿宋_GB2312', title: '宋体' })
    expect(fontsOf(one(styles, 'w:docDefaults')).eastAsia).toBe('仿宋_GB2312')
    expect(fontsOf(style(styles, 'Heading2')).eastAsia).toBe('楷体_GB2312')
    expect(fontsOf(style(styles, 'Title')).eastAsia).toBe('宋体')
    expect(one([style(styles, 'Title') ?? {}], 'w:b')).toBeDefined()
  })
})

describe('renderDocx: text', () => {
  it('prints the draft line first, then the title, headings and paragraphs in the model order', async () => {
    const { doc } = await render()
    const paras = findAll(doc, 'w:p').filter((p) => !findAll([p], 'w:tc').length)
    const body = findAll(doc, 'w:body')[0]
    const top = findAll(body ? [body] : [], 'w:p').map(textOf)
    expect(top.slice(0, 3)).toEqual([model.draftMark, model.title.agency, model.title.line])
    const styled = (id: string) => paras.filter((p) => attr(one([p], 'w:pStyle'), 'w:val') === id).map(textOf)
    const headings = model.blocks.filter((b) => b.kind === 'heading')
    expect(styled('Heading1')).toEqual(headings.filter((h) => h.level === 1).map((h) => h.text))
    expect(styled('Heading2')).toEqual(headings.filter((h) => h.level === 2).map((h) => h.text))
    expect(styled('ReportBody')).toEqual(model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])))
  })
})

describe('renderDocx: tables', async () => {
  const { doc } = await render()
  const tables = readTables(doc)
  const cases = modelTables.map((t, i) => [t.name, t, i] as const)

  it('writes one table per official table', () => {
    expect(tables).toHaveLength(modelTables.length)
  })

  it.each(cases)('%s: explicit grid in twips filling 156 mm, fixed layout, cell widths = spanned columns', (_n, t, i) => {
    const x = tables[i]
    expect(x?.gridCols).toEqual(t.columnWidths)
    expect(x?.gridCols.reduce((a, b) => a + b, 0)).toBe(8844)
    expect(x?.layout).toBe('fixed')
    for (const c of x?.cells ?? []) {
      const tc = x?.rows[c.row]?.tcs.find((_, k, all) => all.slice(0, k).reduce((s, p) => s + p.gridSpan, 0) === c.col)
      expect(tc?.width).toBe(t.columnWidths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0))
    }
  })

  it.each(cases)('%s: gridSpan and vMerge of every row as the layout implies', (_n, t, i) => {
    const defs = (format2021 as ReportTemplate).parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
    const layout = layoutTable(defs.find((d) => d.id === t.tableId) ?? format2021.parts[1].table)
    const rows = tables[i]?.rows ?? []
    layout.rows.forEach((row, r) => {
      const spans = row.cells.filter((c) => c.colSpan > 1).map((c) => c.colSpan)
      const restarts = row.cells.filter((c) => c.rowSpan > 1).length
      const continues = placeCells(layout.rows.map((x) => x.cells)).filter((c) => c.row < r && c.row + c.rowSpan > r)
      const tcs = rows[r]?.tcs ?? []
      expect(tcs.filter((c) => c.vMerge === 'restart')).toHaveLength(restarts)
      expect(tcs.filter((c) => c.vMerge === 'continue')).toHaveLength(continues.length)
      expect(tcs.filter((c) => c.gridSpan > 1 && c.vMerge !== 'continue').map((c) => c.gridSpan)).toEqual(spans)
      expect(tcs.filter((c) => c.vMerge === 'continue').map((c) => c.gridSpan)).toEqual(continues.map((c) => c.colSpan))
    })
  })

  it.each(cases)('%s: header rows repeat, no row splits, numbers centred', (_n, t, i) => {
    const rows = tables[i]?.rows ?? []
    expect(rows.map((r) => r.header)).toEqual(t.rows.map((r) => r.header))
    expect(rows.every((r) => r.cantSplit)).toBe(true)
    const placed = placeCells(t.rows.map((r) => r.cells))
    for (const c of placed.filter((p) => p.role === 'number')) {
      const tc = rows[c.row]?.tcs.find((_, k, all) => all.slice(0, k).reduce((s, p) => s + p.gridSpan, 0) === c.col)
      expect(tc?.jc).toBe('center')
    }
  })

  it('表三 and 表四 have their three header rows repeated', () => {
    expect(tables.map((x) => x.rows.filter((r) => r.header).length)).toEqual([0, 3, 3])
  })
})

describe('renderDocx: page numbers (GB/T 9704 §7.5)', () => {
  it('has even-and-odd footers: 「— PAGE —」 in 4号 宋体, odd right and even left, one character in', async () => {
    const { parts } = await render()
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>')
    const footers = footersByType(parts)
    expect(Object.keys(footers).sort()).toEqual(['default', 'even'])
    const expectations = [
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const
    for (const [type, jc, side] of expectations) {
      const xml = parseXml(footers[type] ?? '')
      const ftr = one(xml, 'w:ftr')
      const page = findAll(xml, 'w:instrText').map(ownText).concat(findAll(xml, 'w:fldSimple').map((f) => attr(f, 'w:instr') ?? ''))
      expect(page.some((s) => s.trim() === 'PAGE')).toBe(true)
      expect(textOf(ftr ?? {})).toBe('—  —')
      expect(attr(one(xml, 'w:jc'), 'w:val')).toBe(jc)
      expect(attr(one(xml, 'w:ind'), side)).toBe('280')
      expect(fontsOf(ftr).eastAsia).toBe('宋体')
      expect(fontsOf(ftr).ascii).toBe('宋体')
      expect(sizeOf(ftr)).toBe('28')
    }
  })
})

describe('sample for a visual check', () => {
  it('writes test-results/sample-2021.docx', async () => {
    const { bytes } = await render()
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/sample-2021.docx', bytes)
    expect(bytes.byteLength).toBeGreaterThan(5000)
  })
})
