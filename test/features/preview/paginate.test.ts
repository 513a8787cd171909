import type { DocBlock, DocTable, DocTableRow } from '../../../src/core/document/types'
import { DEFAULT_FONTS } from '../../../src/core/document/fonts'
import { GEOMETRY } from '../../../src/features/preview/geometry'
import type { Page, PageBlock, TablePiece } from '../../../src/features/preview/page-types'
import { paginate } from '../../../src/features/preview/paginate'
import { CHARS, FRAME, ROW, fakeMeasurer, model, para, seedModel } from './fake-measurer'

const run = (blocks: DocBlock[], options = {}) => {
  const fake = fakeMeasurer(options)
  return { pages: paginate(model(blocks), DEFAULT_FONTS, fake.measure), log: fake.log }
}
const kinds = (page: Page | undefined) => page?.blocks.map((b) => b.kind) ?? []
const tables = (pages: Page[]) => pages.flatMap((p) => p.blocks.filter((b): b is TablePiece => b.kind === 'table'))
const t3 = (): DocTable => {
  const t = seedModel('daxing-2024').blocks.find((b) => b.kind === 'table' && b.tableId === 't3')
  if (t?.kind !== 'table') throw new Error('no 表三')
  return t
}
const one = (n: number) => Array.from({ length: n }, (_, i) => para(1, String(i % 10)))

/** Lays the rows out on a grid as HTML does and fails on an overlap, a gap or a span past the end. */
function expectWellFormed(rows: readonly DocTableRow[], columns: number) {
  const grid = rows.map(() => Array.from({ length: columns }, () => false))
  rows.forEach((row, r) => {
    let col = 0
    for (const cell of row.cells) {
      while (grid[r]?.[col]) col += 1
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          expect(grid[r + dr]?.[col + dc], `row ${r} col ${col + dc}`).toBe(false)
          const line = grid[r + dr]
          if (line) line[col + dc] = true
        }
      }
      col += cell.colSpan
    }
  })
  expect(grid.every((line) => line.every(Boolean))).toBe(true)
}

describe('paginate: pages of 22 lines', () => {
  it('fills a page to the last of its 22 lines and starts the next one after it', () => {
    // the title takes 3 lines (agency, report line, blank line)
    expect(run(one(19)).pages).toHaveLength(1)
    expect(run(one(20)).pages).toHaveLength(2)
    expect(run(one(41)).pages).toHaveLength(2)
    expect(run(one(42)).pages).toHaveLength(3)
  })

  it('puts the draft mark and the title at the top of page 1 and disposes of the measurement once', () => {
    const fake = fakeMeasurer()
    const pages = paginate(model(one(2), '【草稿】本文件为草稿'), DEFAULT_FONTS, fake.measure)
    expect(kinds(pages[0])).toEqual(['draft', 'title', 'paragraph', 'paragraph'])
    expect(fake.log).toMatchObject({ measured: 1, disposed: 1 })
  })

  it('disposes of the measurement when pagination throws', () => {
    const fake = fakeMeasurer()
    const failing: typeof fake.measure = (flow, fonts) => ({ ...fake.measure(flow, fonts), lineStart: () => { throw new Error('x') } })
    expect(() => paginate(model([para(40)]), DEFAULT_FONTS, failing)).toThrow('x')
    expect(fake.log.disposed).toBe(1)
  })
})

describe('paginate: headings', () => {
  const h1: DocBlock = { kind: 'heading', level: 1, text: '一、总体情况' }
  const h2: DocBlock = { kind: 'heading', level: 2, text: '（一）组织领导' }

  it('never leaves a heading alone at the bottom of a page', () => {
    const { pages } = run([para(18), h1, para(2)])
    expect(kinds(pages[0])).toEqual(['title', 'paragraph'])
    expect(kinds(pages[1])).toEqual(['heading', 'paragraph'])
  })

  it('keeps a chain of headings with the first line of the paragraph under them', () => {
    expect(kinds(run([para(17), h1, h2, para(3)]).pages[1])).toEqual(['heading', 'heading', 'paragraph'])
    const { pages } = run([para(16), h1, h2, para(3)])
    expect(kinds(pages[0])).toEqual(['title', 'paragraph', 'heading', 'heading', 'paragraph'])
    expect(kinds(pages[1])).toEqual(['paragraph'])
  })

  it('keeps a heading with the header rows and the first row of a table', () => {
    const { pages } = run([para(18), h1, t3()])
    expect(kinds(pages[1])[0]).toBe('heading')
    expect(kinds(pages[1])[1]).toBe('table')
  })
})

describe('paginate: paragraphs', () => {
  it('splits a paragraph between lines; the rest continues on the next page without the indent', () => {
    const p = para(50)
    const { pages } = run([p])
    const parts = pages.flatMap((pg) => pg.blocks).filter((b) => b.kind === 'paragraph')
    expect(parts.map((b) => b.text.length)).toEqual([19 * CHARS, 22 * CHARS, 9 * CHARS])
    expect(parts.map((b) => [b.first, b.last])).toEqual([[true, false], [false, false], [false, true]])
    expect(parts.map((b) => b.text).join('')).toBe(p.kind === 'paragraph' ? p.text : '')
  })
})

describe('paginate: tables', () => {
  // title 3 + 10 lines leave 348.6 px: frame and 3 header rows (61 px) and 14 rows of 20 px
  const split = (options = {}) => run([para(10), t3()], options)

  it('breaks between rows and repeats the header rows on the continued part', () => {
    const table = t3()
    const [first, second] = tables(split().pages)
    expect(first?.rows).toHaveLength(14)
    expect(second?.rows).toHaveLength(table.rows.length - 3 - 14)
    expect(first?.continued).toBe(false)
    expect(second?.continued).toBe(true)
    expect(second?.head).toEqual(table.rows.slice(0, 3))
    expect(first?.head).toEqual(table.rows.slice(0, 3))
  })

  it('cuts 「三、本年度办理结果」 at the break and repeats it with the rest of its span', () => {
    const [first, second] = tables(split().pages)
    const label = (rows: readonly DocTableRow[] | undefined) => rows?.flatMap((r) => r.cells).find((c) => c.text.startsWith('三、本年度办理结果'))
    expect(label(first?.rows)?.rowSpan).toBe(12)
    expect(label(second?.rows)?.rowSpan).toBe(10)
    expect(second?.rows[0]?.cells.map((c) => c.text).slice(0, 3)).toEqual(['三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确'])
    for (const piece of [first, second]) if (piece) expectWellFormed([...piece.head, ...piece.rows], piece.table.columnWidths.length)
  })

  it('measures a part with a cut span again and gives up rows when its label needs more room', () => {
    const { pages, log } = split({ tableHeight: (p: TablePiece) => FRAME + ROW * (p.head.length + p.rows.length) + (p.continued ? 0 : 100) })
    expect(tables(pages)[0]?.rows).toHaveLength(9)
    expect(log.tableHeights).toBeGreaterThan(1)
  })
})

describe('paginate: nothing lost, nothing repeated', () => {
  const textOf = (b: PageBlock) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')
  for (const name of ['daxing-2024', 'chaoyang-2024', 'miyun-2023'] as const) {
    it(`keeps every word and every table value of ${name} exactly once`, () => {
      const m = seedModel(name, true)
      const fake = fakeMeasurer()
      const pages = paginate(m, DEFAULT_FONTS, fake.measure)
      const blocks = pages.flatMap((p) => p.blocks)
      expect(blocks.map(textOf).join('')).toBe(m.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join(''))
      const paths = (rows: readonly DocTableRow[]) => rows.flatMap((r) => r.cells.flatMap((c) => (c.path ? [c.path] : [])))
      const printed = tables(pages).flatMap((t) => paths(t.rows))
      const expected = m.blocks.flatMap((b) => (b.kind === 'table' ? paths(b.rows) : []))
      expect(printed).toEqual(expected)
      expect(blocks.filter((b) => b.kind === 'draft')).toHaveLength(1)
      for (const t of tables(pages)) expectWellFormed([...t.head, ...t.rows], t.table.columnWidths.length)
    })
  }

  it('puts no more on a page than the 225 mm text block holds', () => {
    const fake = fakeMeasurer()
    const m = seedModel('daxing-2024', true)
    const pages = paginate(m, DEFAULT_FONTS, fake.measure)
    const flowHeights = (b: PageBlock): number =>
      b.kind === 'table' ? FRAME + ROW * (b.head.length + b.rows.length) : b.kind === 'title' ? 3 * GEOMETRY.linePitch : Math.max(1, Math.ceil((b.kind === 'paragraph' ? b.text.length : 1) / CHARS)) * GEOMETRY.linePitch
    for (const p of pages) expect(p.blocks.reduce((h, b) => h + flowHeights(b), 0)).toBeLessThanOrEqual(GEOMETRY.textHeight + 1)
    expect(pages.length).toBeGreaterThan(2)
  })
})
