/**
 * Identifies the columns of a printed 表三/表四 by their header labels (never by position alone).
 *
 * On an expanded grid (.docx, HTML, PDF) each slot's header path — the labels printed above it — names
 * one official column, so shuffled or extra columns are found. Text that lost its merges (the fixtures'
 * convention) has slots without a header path: there the printed header labels, in reading order, must be
 * exactly the official ones, and the value columns then follow in that order.
 */
import type { LayoutInputCell } from '../layout/types'
import type { ReadCell } from '../read/types'
import { splitCellPath } from '../template/cell-path'
import type { TemplateTable } from './template-table'
import { canonical } from './text'
import type { Finding } from './types'

export interface GridColumns {
  /** the slot holding each official column, by column id */
  readonly slotOf: ReadonlyMap<string, number>
  /** slots before this one hold row labels */
  readonly firstValueSlot: number
  /** the header label printed above a slot, for provenance */
  readonly labelAt: (slot: number) => string
  readonly findings: readonly Finding[]
}

function columnId(input: LayoutInputCell): string {
  return splitCellPath(input.path)[2]
}

export function gridColumns(tt: TemplateTable, header: readonly (readonly ReadCell[])[], width: number): GridColumns {
  const leaves = tt.rows[0]?.inputs ?? []
  const name = tt.table.name
  const findings: Finding[] = []
  const paths: string[][] = Array.from({ length: width }, (_, s) => {
    const seen: string[] = []
    for (const row of header) {
      const t = canonical(row[s]?.text ?? '')
      if (t && !seen.includes(t)) seen.push(t)
    }
    return seen
  })
  const rawAt = (slot: number) => {
    for (let r = header.length - 1; r >= 0; r--) {
      const t = header[r]?.[slot]?.text.trim()
      if (t) return t.replace(/\s+/g, '')
    }
    return ''
  }
  const hideLabels = tt.table.kind === 'grid' && tt.table.hideRowLabels === true
  let firstValueSlot = hideLabels ? 0 : paths.findIndex((p) => p.some((t) => tt.columnLabels.has(t)))
  if (firstValueSlot < 0) firstValueSlot = Math.max(0, width - leaves.length)

  // by header path
  const slotOf = new Map<string, number>()
  const extras: string[] = []
  let byPath = header.length > 0
  for (let s = firstValueSlot; s < width && byPath; s++) {
    const p = paths[s] ?? []
    if (p.length === 0) {
      byPath = false
      break
    }
    let best: LayoutInputCell | undefined
    let bestGroups = -1
    let tie = false
    for (const leaf of leaves) {
      const labels = leaf.columnLabels.map(canonical)
      if (!labels.every((l) => p.includes(l))) continue
      if (labels.length > bestGroups) {
        best = leaf
        bestGroups = labels.length
        tie = false
      } else if (labels.length === bestGroups) tie = true
    }
    if (tie) byPath = false
    else if (!best) extras.push(rawAt(s))
    else if (!slotOf.has(columnId(best))) slotOf.set(columnId(best), s)
  }
  if (byPath && leaves.every((l) => slotOf.has(columnId(l)))) {
    for (const x of new Set(extras)) {
      findings.push({ kind: 'structure', severity: 'warning', ruleId: 'S-2', message: `${name}有官方格式没有的列「${x}」，该列的数值未导入` })
    }
    return { slotOf, firstValueSlot, labelAt: rawAt, findings }
  }

  // by the sequence of header labels; the value columns are the last ones
  const sequence: string[] = []
  header.forEach((row, r) => {
    for (const c of row) {
      const t = canonical(c.text)
      if (c.origin && t && sequence.at(-1) !== t) sequence.push(t)
    }
    // the corner (「本列数据的勾稽关系…」) is the first cell of the first header row
    if (r === 0 && sequence.length > 0 && !tt.columnLabels.has(sequence[0] ?? '')) sequence.shift()
  })
  const unknown = sequence.filter((t) => !tt.columnLabels.has(t))
  const known = sequence.filter((t) => tt.columnLabels.has(t))
  const same = known.length === tt.headerSequence.length && known.every((t, i) => t === tt.headerSequence[i])
  for (const x of new Set(unknown)) {
    findings.push({ kind: 'structure', severity: 'warning', ruleId: 'S-2', message: `${name}有官方格式没有的列标题「${x}」` })
  }
  if (header.length === 0) {
    findings.push({ kind: 'structure', severity: 'warning', message: `${name}没有列标题，各列按官方格式的顺序读取，请核对` })
  } else if (!same || unknown.length > 0) {
    findings.push({ kind: 'structure', severity: 'warning', message: `${name}的列标题与官方格式不一致，无法按列标题识别各列，已按官方格式的顺序读取最后${leaves.length}列，请核对` })
  }
  const start = Math.max(0, width - leaves.length)
  const ordered = new Map<string, number>()
  leaves.forEach((l, k) => {
    if (start + k < width) ordered.set(columnId(l), start + k)
  })
  return { slotOf: ordered, firstValueSlot: Math.min(firstValueSlot, start), labelAt: (s) => rawAt(s) || (leaves[s - start]?.columnLabels.at(-1) ?? ''), findings }
}
