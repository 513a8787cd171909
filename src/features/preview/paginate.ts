/**
 * Preview pagination: our own, not Paged.js.
 *
 * The report is a short, regular document (a title, headings, paragraphs and three tables), and the
 * page rules it needs are few and known: the GB/T 9704 text block, headings kept with what follows,
 * paragraphs broken between lines, tables broken between rows with their header rows repeated and
 * merged labels cut. A general CSS paged-media polyfill such as Paged.js would add a dependency and
 * re-lay out the whole document through its own chunker on every change; here each preview costs one
 * render of the blocks offscreen at the text block's width, one pass reading their heights, and a few
 * reads of line positions where a paragraph splits. The same rules as the .docx (w:tblHeader,
 * w:cantSplit, keepNext) decide the breaks, so the preview shows where Word will break, give or take
 * the fonts a browser has. The algorithm takes its measurer as a parameter, so it is tested without a
 * browser.
 */
import type { DocFonts } from '../../core/document/fonts'
import type { DocModel } from '../../core/document/types'
import { GEOMETRY } from './geometry'
import {
  flowOf,
  type BlockMetrics,
  type Measurement,
  type Measurer,
  type Page,
  type PageBlock,
  type ParagraphPiece,
  type TablePiece,
} from './page-types'
import { gridStarts } from '../../core/document/grid-starts'
import { sliceRows } from './split-table'

/** Sub-pixel rounding of measured heights must not push the 22nd line onto the next page. */
const SLACK = 1

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Fills pages top to bottom; a page is never left empty by a break. */
class Pager {
  readonly pages: PageBlock[][] = [[]]
  private used = 0
  private readonly height: number

  constructor(height: number) {
    this.height = height
  }

  get room(): number {
    return this.height - this.used
  }

  get atTop(): boolean {
    return (this.pages.at(-1)?.length ?? 0) === 0
  }

  fits(h: number): boolean {
    return h <= this.room + SLACK
  }

  add(block: PageBlock, h: number): void {
    this.pages.at(-1)?.push(block)
    this.used += h
  }

  break(): void {
    if (this.atTop) return
    this.pages.push([])
    this.used = 0
  }
}

class Paginator {
  private readonly pager: Pager
  private readonly flow: readonly PageBlock[]
  private readonly measured: Measurement

  constructor(flow: readonly PageBlock[], measured: Measurement, pageHeight: number) {
    this.flow = flow
    this.measured = measured
    this.pager = new Pager(pageHeight)
  }

  run(): Page[] {
    this.flow.forEach((block, i) => {
      const m = this.metrics(i)
      if (block.kind === 'paragraph') this.paragraph(i, block, m)
      else if (block.kind === 'table') this.table(block, m)
      else {
        // keepNext: a heading moves to the next page with the start of what follows it
        const keep = block.kind === 'heading' ? this.leadHeight(i + 1) : 0
        if (!this.pager.fits(m.height + keep)) this.pager.break()
        this.pager.add(block, m.height)
      }
    })
    return this.pager.pages.map((blocks) => ({ blocks }))
  }

  private metrics(i: number): BlockMetrics {
    return this.measured.blocks[i] ?? { height: 0 }
  }

  /** The least of block i that must stand under a heading: its first line, or header and first row. */
  private leadHeight(i: number): number {
    const block = this.flow[i]
    const m = this.metrics(i)
    if (block?.kind === 'heading') return m.height + this.leadHeight(i + 1)
    if (block?.kind === 'paragraph') return m.height / (m.lines ?? 1)
    if (block?.kind === 'table') {
      const rows = m.rows ?? []
      return m.height - sum(rows) + sum(rows.slice(0, block.head.length + 1))
    }
    return 0
  }

  /** Whole lines on each page; the rest continues at the top of the next without the indent. */
  private paragraph(i: number, block: ParagraphPiece, m: BlockMetrics): void {
    const lines = Math.max(1, m.lines ?? 1)
    const lineHeight = m.height / lines
    let from = 0
    let offset = 0
    while (from < lines) {
      let take = Math.min(lines - from, Math.floor((this.pager.room + SLACK) / lineHeight))
      if (take === 0 && !this.pager.atTop) {
        this.pager.break()
        continue
      }
      take = Math.max(take, 1)
      const to = from + take
      // clamped, so a measurer's odd answer can shift a break but never lose or repeat text
      const end = to >= lines ? block.text.length : Math.min(block.text.length, Math.max(offset, this.measured.lineStart(i, to)))
      this.pager.add({ kind: 'paragraph', text: block.text.slice(offset, end), first: from === 0, last: to >= lines }, take * lineHeight)
      from = to
      offset = end
      if (from < lines) this.pager.break()
    }
  }

  /** Whole rows on each page under the header rows; at least one body row goes with the header. */
  private table(block: TablePiece, m: BlockMetrics): void {
    const all = [...block.head, ...block.rows]
    const starts = gridStarts(all)
    const n = block.head.length
    const heights = m.rows ?? []
    const frame = m.height - sum(heights)
    const headHeight = frame + sum(heights.slice(0, n))
    const head = sliceRows(all, starts, 0, n).rows
    const rowHeight = (r: number) => heights[n + r] ?? 0
    if (block.rows.length === 0) {
      if (!this.pager.fits(m.height)) this.pager.break()
      this.pager.add(block, m.height)
      return
    }
    let from = 0
    while (from < block.rows.length) {
      let to = from
      let h = headHeight
      while (to < block.rows.length && this.pager.fits(h + rowHeight(to))) h += rowHeight(to++)
      if (to === from && !this.pager.atTop) {
        this.pager.break()
        continue
      }
      if (to === from) h += rowHeight(to++)
      let slice = sliceRows(all, starts, n + from, n + to)
      const piece = (): TablePiece => ({ ...block, head, rows: slice.rows, continued: from > 0 })
      if (slice.cut) {
        // a label cut to a short span wraps into more lines than its rows had: measure the part itself
        h = this.measured.tableHeight(piece())
        while (!this.pager.fits(h) && to > from + 1) {
          to -= 1
          slice = sliceRows(all, starts, n + from, n + to)
          h = this.measured.tableHeight(piece())
        }
        if (!this.pager.fits(h) && !this.pager.atTop) {
          this.pager.break()
          continue
        }
      }
      this.pager.add(piece(), h)
      from = to
      if (from < block.rows.length) this.pager.break()
    }
  }
}

/**
 * The document as pages of the 225 mm text block. `measure` lays the blocks out (the DOM in the
 * browser); its session is disposed before this returns, whatever happens.
 */
export function paginate(model: DocModel, fonts: DocFonts, measure: Measurer, pageHeight: number = GEOMETRY.textHeight): Page[] {
  const flow = flowOf(model)
  const measured = measure(flow, fonts)
  try {
    return new Paginator(flow, measured, pageHeight).run()
  } finally {
    measured.dispose()
  }
}
