import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'

export interface ContentDiff {
  /** headings of the parts that differ, in the template's order (「标题和开头」 for the head) */
  readonly parts: readonly string[]
  /** table cells whose text differs (a blank and a missing cell are the same) */
  readonly cells: number
}

const HEAD = '标题和开头'
const OTHER = '其他数据'
const HEAD_FIELDS = ['agency', 'year', 'unitType', 'opening'] as const
const KNOWN = new Set<string>([...HEAD_FIELDS, 'overview', 'problems', 'other', 'cells', 'manualTotals'])

type Cells = ReportContent['cells']

function changedCells(a: Cells, b: Cells, tableId: string): number {
  const ta = a[tableId] ?? {}
  const tb = b[tableId] ?? {}
  let n = 0
  for (const rowId of new Set([...Object.keys(ta), ...Object.keys(tb)])) {
    const ra = ta[rowId] ?? {}
    const rb = tb[rowId] ?? {}
    for (const colId of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      if ((ra[colId] ?? '') !== (rb[colId] ?? '')) n++
    }
  }
  return n
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y)

/** What differs between two contents of one report, in the words of its parts. */
export function diffContent(a: ReportContent, b: ReportContent, template: ReportTemplate | undefined): ContentDiff {
  const parts: string[] = []
  let cells = 0
  const seenTables = new Set<string>()
  if (HEAD_FIELDS.some((f) => a[f] !== b[f])) parts.push(HEAD)
  for (const part of template?.parts ?? []) {
    let changed = false
    if (part.kind === 'overview') changed = !same(a.overview, b.overview)
    else if (part.kind === 'text') changed = a.problems !== b.problems
    const tableId = part.kind === 'table' ? part.table.id : part.kind === 'other' ? (part.fees?.group ?? null) : null
    if (part.kind === 'other') changed = a.other !== b.other
    if (tableId !== null) {
      seenTables.add(tableId)
      const n = changedCells(a.cells, b.cells, tableId)
      cells += n
      if (n > 0 || a.manualTotals.includes(tableId) !== b.manualTotals.includes(tableId)) changed = true
    }
    if (changed) parts.push(part.heading)
  }
  // tables no part shows, and fields this build does not know
  let other = false
  for (const tableId of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])) {
    if (seenTables.has(tableId)) continue
    const n = changedCells(a.cells, b.cells, tableId)
    cells += n
    other ||= n > 0
  }
  const extra = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !KNOWN.has(k)))
  for (const k of extra) other ||= !same((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k])
  if (other) parts.push(OTHER)
  return { parts, cells }
}

/** 「表三、四（12 格）」 style summary for the history list. */
export function describeDiff(d: ContentDiff): string {
  if (d.parts.length === 0) return '内容无变化'
  const cells = d.cells > 0 ? `，${d.cells} 个单元格` : ''
  return `${d.parts.join('、')}${cells}`
}
