/**
 * The body of a .docx as ReadBlocks: paragraphs (with Word's list numbers) and tables as expanded grids.
 * Grid rules, as Word draws them: w:gridBefore/w:gridAfter are empty slots; w:gridSpan fills several
 * slots; w:vMerge without val="restart" continues the cell above (in every column it spans, at any
 * nesting of merged groups); legacy w:hMerge continues the cell to the left. Rows and cells wrapped in
 * content controls, custom XML or tracked insertions are read; deleted rows are not; bookmarks and
 * other markup between cells are ignored. A nested table's text stays inside its cell; a 1×1 table
 * that only frames other content (a layout frame) is read as that content.
 */
import type { ReadBlock, ReadCell } from '../types'
import { checkDeadline, MAX_GRID_SLOTS, MESSAGES, ReadStop, type ReadOptions } from '../limits'
import type { Numbering } from './numbering'
import { type FieldStack, inlineText } from './runs'
import { attr, childrenOf, kid, tagOf, type XmlNode } from './xml'

export interface BodyContext {
  readonly numbering: Numbering
  readonly fields: FieldStack
  readonly options: ReadOptions
  paragraphs: number
  tables: number
  /** the blocks of an imported chunk (w:altChunk: HTML that Word converts on opening), by relationship id */
  readonly altChunk?: (id: string) => readonly ReadBlock[]
}

/** Containers whose children belong to the level they sit at. */
const WRAPPERS = new Set([
  'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'mc:AlternateContent', 'mc:Choice',
  // Word 2003 XML (often served as 「.doc」) wraps the body in sections
  'wx:sect', 'wx:sub-section',
])

/** Children with `tag`, looking through wrappers (not through deletions). */
function collect(node: XmlNode, tag: string): XmlNode[] {
  const out: XmlNode[] = []
  for (const n of childrenOf(node)) {
    const t = tagOf(n)
    if (t === tag) out.push(n)
    else if (WRAPPERS.has(t)) out.push(...collect(n, tag))
  }
  return out
}

export function paragraphText(p: XmlNode, ctx: BodyContext): string {
  const out: string[] = [ctx.numbering.next(kid(p, 'w:pPr'))]
  inlineText(childrenOf(p), ctx.fields, out)
  return out.join('')
}

/** A cell's text: its paragraphs joined by '\n' (empty ones dropped), a nested table's rows too. */
function cellText(tc: XmlNode, ctx: BodyContext): string {
  const lines: string[] = []
  const walk = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      const t = tagOf(n)
      if (t === 'w:p') lines.push(paragraphText(n, ctx))
      else if (t === 'w:tbl') for (const row of tableGrid(n, ctx)) lines.push(row.filter((c) => c.origin && c.text).map((c) => c.text).join('\t'))
      else if (WRAPPERS.has(t)) walk(childrenOf(n))
    }
  }
  walk(childrenOf(tc))
  return lines.filter((l) => l.trim() !== '').join('\n')
}

const EMPTY: ReadCell = { text: '', origin: true }
const count = (v: string | undefined, max: number) => Math.min(Math.max(Math.trunc(Number(v ?? 0)) || 0, 0), max)

/** The expanded grid of a w:tbl (rectangular: short rows padded with empty slots). */
export function tableGrid(tbl: XmlNode, ctx: BodyContext): ReadCell[][] {
  const grid: ReadCell[][] = []
  let slots = 0
  for (const tr of collect(tbl, 'w:tr')) {
    checkDeadline(ctx.options.deadline, ctx.options.timeLimitMs ?? 0)
    const trPr = kid(tr, 'w:trPr')
    if (kid(trPr, 'w:del')) continue
    const above = grid[grid.length - 1]
    const row: ReadCell[] = []
    for (let i = count(attr(kid(trPr, 'w:gridBefore'), 'w:val'), 1000); i > 0; i -= 1) row.push(EMPTY)
    for (const tc of collect(tr, 'w:tc')) {
      const pr = kid(tc, 'w:tcPr')
      if (kid(pr, 'w:cellDel')) continue
      const span = Math.max(1, count(attr(kid(pr, 'w:gridSpan'), 'w:val'), 1000))
      // Word 2003 XML spells them w:vmerge / w:hmerge
      const vMerge = kid(pr, 'w:vMerge') ?? kid(pr, 'w:vmerge')
      const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart'
      const hMerge = kid(pr, 'w:hMerge') ?? kid(pr, 'w:hmerge')
      const left = row[row.length - 1]
      if (hMerge && attr(hMerge, 'w:val') !== 'restart' && left) {
        for (let k = 0; k < span; k += 1) row.push({ text: left.text, origin: false })
        continue
      }
      const own = continues && above?.[row.length] ? undefined : cellText(tc, ctx)
      for (let k = 0; k < span; k += 1) {
        const up = continues ? above?.[row.length] : undefined
        row.push(up ? { text: up.text, origin: false } : { text: own ?? '', origin: k === 0 })
      }
    }
    for (let i = count(attr(kid(trPr, 'w:gridAfter'), 'w:val'), 1000); i > 0; i -= 1) row.push(EMPTY)
    slots += row.length
    if (slots > MAX_GRID_SLOTS) throw new ReadStop(MESSAGES.zipBomb)
    grid.push(row)
  }
  const width = Math.max(0, ...grid.map((r) => r.length))
  for (const r of grid) while (r.length < width) r.push(EMPTY)
  return grid
}

/** A 1×1 table holding another table: a frame around content, not data. */
function frameContent(tbl: XmlNode): XmlNode | undefined {
  const trs = collect(tbl, 'w:tr')
  const tcs = trs.length === 1 && trs[0] ? collect(trs[0], 'w:tc') : []
  const tc = tcs.length === 1 ? tcs[0] : undefined
  return tc && collect(tc, 'w:tbl').length > 0 ? tc : undefined
}

/** Reads block-level nodes (body, a frame's cell) into `out`. */
export function readBlocks(nodes: readonly XmlNode[], ctx: BodyContext, out: ReadBlock[]): void {
  for (const n of nodes) {
    const tag = tagOf(n)
    if (tag === 'w:p') {
      checkDeadline(ctx.options.deadline, ctx.options.timeLimitMs ?? 0)
      const text = paragraphText(n, ctx)
      if (text.trim() !== '') out.push({ kind: 'paragraph', text, where: `第${(ctx.paragraphs += 1)}段` })
    } else if (tag === 'w:tbl') {
      const frame = frameContent(n)
      if (frame) {
        readBlocks(childrenOf(frame), ctx, out)
        continue
      }
      const rows = tableGrid(n, ctx)
      if (rows.length > 0) out.push({ kind: 'table', rows, where: `第${(ctx.tables += 1)}个表格` })
    } else if (tag === 'w:altChunk' && ctx.altChunk) {
      for (const b of ctx.altChunk(attr(n, 'r:id') ?? '')) {
        out.push(b.kind === 'table' ? { ...b, where: `第${(ctx.tables += 1)}个表格` } : { ...b, where: `第${(ctx.paragraphs += 1)}段` })
      }
    } else if (WRAPPERS.has(tag)) {
      readBlocks(childrenOf(n), ctx, out)
    }
  }
}
