/**
 * The report's element as ReadBlocks: block elements and `<br>` end paragraphs; a table becomes an
 * expanded grid (rowspan/colspan fill every slot they cover, `origin` in the top-left one; rowspan=0 and
 * spans past the table's end stop at its last row), a cell's lines joined by '\n'. A table that frames
 * other tables (old sites lay pages out with them) or has a single cell is read as the content it frames.
 */
import { checkDeadline, MAX_GRID_SLOTS, MESSAGES, ReadStop, type ReadOptions } from '../limits'
import type { ReadBlock, ReadCell } from '../types'
import { BLOCKS, elementLines, isSkipped, LineBuffer } from './html-text'
import type { HtmlElement } from './tree'

const isElement = (c: HtmlElement | string): c is HtmlElement => typeof c !== 'string'

/** The rows of a table (through thead/tbody/tfoot), not those of tables nested in its cells. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = []
  for (const c of table.children.filter(isElement)) {
    if (c.tag === 'tr') rows.push(c)
    else if (['thead', 'tbody', 'tfoot'].includes(c.tag)) rows.push(...c.children.filter(isElement).filter((r) => r.tag === 'tr'))
  }
  return rows
}

const rowCells = (tr: HtmlElement) => tr.children.filter(isElement).filter((c) => (c.tag === 'td' || c.tag === 'th') && !isSkipped(c))

function holdsTable(el: HtmlElement): boolean {
  return el.children.some((c) => isElement(c) && !isSkipped(c) && (c.tag === 'table' || holdsTable(c)))
}

const span = (v: string | undefined, fallback: number, max: number) => {
  const n = Math.trunc(Number(v))
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : n === 0 && v !== undefined && v.trim() === '0' ? max : fallback
}

const EMPTY: ReadCell = { text: '', origin: true }

export function tableGrid(rows: readonly HtmlElement[]): ReadCell[][] {
  const grid: (ReadCell | undefined)[][] = rows.map(() => [])
  let slots = 0
  rows.forEach((tr, r) => {
    const row = grid[r] ?? []
    let col = 0
    for (const td of rowCells(tr)) {
      while (row[col]) col += 1
      const rs = span(td.attrs['rowspan'], 1, rows.length - r)
      const cs = span(td.attrs['colspan'], 1, 1000)
      slots += rs * cs
      if (slots > MAX_GRID_SLOTS) throw new ReadStop(MESSAGES.noReport)
      const text = elementLines(td).join('\n')
      for (let dr = 0; dr < rs; dr += 1) {
        const target = grid[r + dr]
        if (!target) continue
        for (let dc = 0; dc < cs; dc += 1) target[col + dc] ??= { text, origin: dr === 0 && dc === 0 }
      }
      col += cs
    }
  })
  const width = Math.max(0, ...grid.map((r) => r.length))
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? EMPTY))
}

export interface HtmlContext {
  readonly options: ReadOptions
  paragraphs: number
  tables: number
}

/** Reads an element's content into blocks. */
export function readBlocks(container: HtmlElement, ctx: HtmlContext, out: ReadBlock[], lead: readonly string[] = []): void {
  const buf = new LineBuffer()
  const flush = () => {
    buf.end()
    for (const text of buf.lines.splice(0)) out.push({ kind: 'paragraph', text, where: `第${(ctx.paragraphs += 1)}段` })
  }
  for (const l of lead) {
    buf.add(l)
    buf.end()
  }
  const captions = (table: HtmlElement) => {
    for (const caption of table.children.filter(isElement).filter((x) => x.tag === 'caption')) {
      walk(caption)
      flush()
    }
  }
  const walk = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        buf.add(c)
        continue
      }
      if (isSkipped(c)) continue
      if (c.tag === 'br') buf.end()
      else if (c.tag === 'table') {
        flush()
        checkDeadline(ctx.options.deadline, ctx.options.timeLimitMs ?? 0)
        const rows = tableRows(c)
        const cells = rows.flatMap(rowCells)
        if (cells.length <= 1 || holdsTable(c)) {
          // a frame: its cells are read as content, in order
          captions(c)
          for (const cell of cells) {
            walk(cell)
            flush()
          }
          continue
        }
        captions(c)
        const grid = tableGrid(rows)
        if (grid.length > 0) out.push({ kind: 'table', rows: grid, where: `第${(ctx.tables += 1)}个表格` })
      } else if (BLOCKS.has(c.tag)) {
        buf.end()
        walk(c)
        buf.end()
      } else walk(c)
    }
  }
  walk(container)
  flush()
}
