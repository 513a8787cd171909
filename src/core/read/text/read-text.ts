/**
 * Pasted or extracted text → the neutral document, so text goes through the same importer as files.
 *
 * Two table conventions are read: the fixtures' convention (spec §8 Q1: each cell on a line starting with
 * a TAB, rows end at a blank line; see split-blocks.ts) and plain tables as copied from a web page or Word
 * (one row per line, cells separated by TABs, or by two or more spaces). The text convention drops merged
 * continuation cells on the left (labels) and prints a merged header once, so rows are aligned on the
 * right, where the numbers are; the importer then identifies columns by the sequence of header labels.
 *
 * @example
 * readText('规章\t0\t0\t0').blocks[0] // { kind: 'table', rows: [[{ text: '规章', origin: true }, …]], … }
 */
import type { ReadBlock, ReadCell, ReadDocument } from '../types'
import { splitBlocks } from './split-blocks'
import { isValueLike } from './value-like'

export interface ReadTextOptions {
  /** part headings: a line that is one ends a table (default: a numbered or typical heading) */
  readonly isHeading?: (line: string) => boolean
}

const TYPICAL_HEADING = /^(?:[一二三四五六七八九十]+\s*[、.．])?\s*\S{0,24}(?:总体情况|政府信息情况|申请情况|诉讼情况|改进情况|需要报告的事项)\s*$/

/** Longest text line taken as a row of a plain table: a paragraph is never one. */
const MAX_PLAIN_ROW = 240

/** Longest line taken as a one-cell row (a band title such as 第二十条第（一）项) inside a plain table. */
const MAX_ONE_CELL_ROW = 30

/** The cells of a line of a plain table; `open` when a plain table is already under way. */
function plainCells(line: string, open: boolean, isHeading: (l: string) => boolean): string[] | undefined {
  if (line.length > MAX_PLAIN_ROW || /^[ \u00a0\u3000]*\t/.test(line)) return undefined
  const t = line.trim()
  if (t.includes('\t')) {
    const cells = t.split('\t').map((c) => c.trim())
    return cells.length >= 2 ? cells : undefined
  }
  const cells = t.split(/ {2,}|\u3000+/).map((c) => c.trim()).filter((c) => c !== '')
  if (open) {
    if (cells.length >= 2) return cells
    return t !== '' && t.length <= MAX_ONE_CELL_ROW && !/[。；]/.test(t) && !isHeading(t) ? [t] : undefined
  }
  // spaces alone are weak evidence to start a table: three cells, the last one a number or a placeholder
  return cells.length >= 3 && isValueLike(cells.at(-1) ?? 'x') && (cells.at(-1) ?? '') !== '' ? cells : undefined
}

function grid(rows: readonly (readonly string[])[], where: string): ReadBlock {
  const width = Math.max(...rows.map((r) => r.length))
  const cells = rows.map((r): ReadCell[] => [
    ...Array.from({ length: width - r.length }, () => ({ text: '', origin: true })),
    ...r.map((text) => ({ text, origin: true })),
  ])
  return { kind: 'table', rows: cells, where }
}

export function readText(text: string, opts: ReadTextOptions = {}): ReadDocument {
  const source = typeof text === 'string' ? text : ''
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const isHeading = opts.isHeading ?? ((l: string) => TYPICAL_HEADING.test(l.trim()))
  const blocks: ReadBlock[] = []
  let tables = 0
  let plain: string[][] = []
  let lineNo = 0
  const flushPlain = () => {
    if (plain.length > 0) blocks.push(grid(plain, `第${++tables}个表格`))
    plain = []
  }
  for (const seg of splitBlocks(lines, isHeading)) {
    if (seg.kind === 'table') {
      flushPlain()
      blocks.push(grid(seg.rows, `第${++tables}个表格`))
      continue
    }
    lineNo = lines.indexOf(seg.line, lineNo) + 1 || lineNo + 1
    const cells = plainCells(seg.line, plain.length > 0, isHeading)
    if (cells) {
      plain.push(cells)
      continue
    }
    if (seg.line.trim() === '' && plain.length > 0) continue
    flushPlain()
    if (seg.line.trim() !== '') blocks.push({ kind: 'paragraph', text: seg.line, where: `第${lineNo}行` })
  }
  flushPlain()
  return { source: 'text', blocks, notices: [] }
}
