/**
 * Reads one printed table into an official table (spec §8 Q2, Q3, Q12, Q14): rows by their label,
 * columns by their header labels, every number through normalizeCell. Local sub-rows are summed into
 * their official row with a notice; rows and columns the format does not have are reported (rule S-2).
 */
import type { LayoutInputCell } from '../layout/types'
import { hasDigits, isValueLike } from '../read/text/value-like'
import type { ReadCell, ReadTable } from '../read/types'
import { splitCellPath } from '../template/cell-path'
import { normalizeCell } from '../values/normalize-cell'
import { gridColumns } from './grid-columns'
import { matchRow, pickByContext } from './match-rows'
import { TableSink, type TableOutput } from './table-sink'
import type { TemplateRow, TemplateTable } from './template-table'
import { canonical, excerpt, looseKey } from './text'

type Row = readonly ReadCell[]

function isNumber(raw: string): boolean {
  return hasDigits(raw) && normalizeCell(raw, 'signedCount').status === 'ok'
}

/** How the value columns of a row are found. */
interface Columns {
  readonly slotFor: (input: LayoutInputCell) => number | undefined
  readonly firstValueSlot: number
  readonly labelAt: (slot: number) => string
}

interface SubRows {
  readonly labels: string[]
  readonly rows: { row: Row; where: string; columns: Columns | undefined }[]
}

export function readTable(tt: TemplateTable, rt: ReadTable): TableOutput {
  const sink = new TableSink(tt.table)
  const rows = rt.rows
  const width = rows[0]?.length ?? 0
  const name = tt.table.name
  const hideLabels = tt.table.kind === 'grid' && tt.table.hideRowLabels === true
  const isColumnLabel = (t: string) => tt.columnLabels.has(t) || (tt.table.kind === 'banded' && tt.table.bands.some((b) => canonical(b.headLabel) === t))

  let columns: Columns | undefined
  let firstData = 0
  if (tt.table.kind === 'grid') {
    firstData = rows.findIndex((row) => {
      const texts = row.map((c) => canonical(c.text))
      if (texts.some((t) => isColumnLabel(t))) return false
      return texts.some((t) => t !== '' && isNumber(t)) || (!hideLabels && texts.some((t) => t !== '' && matchRow(tt, t) !== undefined))
    })
    if (firstData < 0) firstData = rows.length
    const g = gridColumns(tt, rows.slice(0, firstData), width)
    sink.findings.push(...g.findings)
    columns = { slotFor: (i) => g.slotOf.get(splitCellPath(i.path)[2]), firstValueSlot: g.firstValueSlot, labelAt: g.labelAt }
  }

  const done = new Set<TemplateRow>()
  const subRows = new Map<TemplateRow, SubRows>()
  const seen: string[] = []
  const reported = new Set<string>()
  let filled: string[] = []
  let lastSubParent: TemplateRow | undefined
  let nextHidden = 0

  const readRow = (tr: TemplateRow, row: Row, where: string, rowLabel: string) => {
    if (!columns) {
      // a band printed without its header row: its value cells in the official order, said so
      const cells = row.slice(leadingLabels(row)).filter((c) => c.origin)
      sink.finding({ kind: 'structure', message: `${name}「${rowLabel}」所在部分没有列标题，各列按官方格式的顺序读取，请核对` })
      tr.inputs.forEach((input, k) => {
        const cell = cells[cells.length - tr.inputs.length + k]
        if (cell) sink.read(input, cell.text, { where, rowLabel, columnLabel: input.columnLabels.join('·') })
        else sink.missing(input, where)
      })
      done.add(tr)
      return
    }
    for (const input of tr.inputs) {
      const slot = columns?.slotFor(input)
      if (slot === undefined || slot >= row.length) {
        sink.missing(input, where)
        sink.finding({ kind: 'cell', path: input.path, message: `${name}「${rowLabel || '数据行'}」行未找到「${input.columnLabels.at(-1)}」列` })
        continue
      }
      sink.read(input, row[slot]?.text ?? '', { where, rowLabel, columnLabel: columns?.labelAt(slot) || input.columnLabels.join('·') })
    }
    done.add(tr)
  }

  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r] ?? []
    const where = `${rt.where}第${r + 1}行`
    const texts = row.map((c) => canonical(c.text))
    const distinct = [...new Set(texts.filter((t) => t !== ''))]

    if (tt.table.kind === 'banded') {
      // a band title row (「第二十条第（一）项」) or a band's header row
      if (distinct.length === 1 && tt.groupLabels.has(distinct[0] ?? '')) {
        seen.push(distinct[0] ?? '')
        columns = undefined
        continue
      }
      if (distinct.length > 0 && !texts.some((t) => t !== '' && isNumber(t)) && texts.some(isColumnLabel)) {
        columns = bandColumns(tt, row, sink, reported)
        continue
      }
    }

    const firstValue = columns?.firstValueSlot ?? leadingLabels(row)
    const labelCells = row.slice(0, firstValue)
    const values = row.slice(firstValue)
    const hasValues = values.some((c) => c.origin && isNumber(c.text))
    // a merged label continues downwards (a vMerge continuation the text convention printed empty)
    filled = labelCells.map((c, s) => canonical(c.text) || filled[s] || '')
    const printed: string[] = []
    for (const c of labelCells) {
      const t = c.text.replace(/\s+/g, '')
      if (t && !printed.includes(t)) printed.push(t)
    }

    if (hideLabels) {
      if (!hasValues) continue
      const tr = tt.rows[nextHidden++]
      if (tr) readRow(tr, row, where, '')
      else sink.finding({ kind: 'structure', ruleId: 'S-2', message: `${name}多出一行数字（${where}），未导入` })
      continue
    }
    if (printed.length === 0) {
      if (hasValues) sink.finding({ kind: 'unrecognised', message: `${name}有一行数字没有行标题（${where}），未导入` })
      continue
    }
    for (const p of printed) seen.push(canonical(p))
    const label = printed.at(-1) ?? ''
    const match = matchRow(tt, label)
    if (match) {
      const open = match.rows.filter((tr) => !done.has(tr))
      if (open.length === 0) {
        // a label wrapped onto a line of its own (a PDF cell of two lines): nothing to read
        if (!values.some((c) => c.text.trim() !== '')) continue
        sink.finding({ kind: 'structure', ruleId: 'S-2', message: `${name}「${label}」行重复出现（${where}），已取第一次的数值` })
        continue
      }
      const tr = pickByContext(open, filled, seen) ?? open[0]
      if (!tr) continue
      const official = tr.rowLabels.at(-1) ?? ''
      if (match.lenient) sink.finding({ kind: 'structure', severity: 'info', message: `${name}的行「${label}」按「${official}」读取` })
      lastSubParent = undefined
      readRow(tr, row, where, label)
      continue
    }
    const key = canonical(label)
    if (!hasValues && (tt.groupLabels.has(key) || isColumnLabel(key) || tt.labels.has(key))) continue
    // a local sub-row: its official row is printed to its left, or was the parent of the row above
    const parent = subRowParent(tt, printed, filled, lastSubParent)
    if (parent) {
      const entry = subRows.get(parent) ?? { labels: [], rows: [] }
      entry.labels.push(label)
      entry.rows.push({ row, where, columns })
      subRows.set(parent, entry)
      lastSubParent = parent
      continue
    }
    lastSubParent = undefined
    if (hasValues || values.some((c) => c.text.trim() !== '')) {
      sink.finding({ kind: 'structure', ruleId: 'S-2', message: `${name}有官方格式没有的行「${excerpt(label, 30)}」（${where}），该行未导入` })
    } else {
      sink.finding({ kind: 'unrecognised', severity: 'info', message: `${name}中未识别的文字「${excerpt(label, 30)}」（${where}）` })
    }
  }

  for (const [parent, entry] of subRows) {
    const official = parent.rowLabels.at(-1) ?? ''
    if (done.has(parent)) {
      sink.finding({ kind: 'structure', ruleId: 'S-2', message: `${name}「${official}」下有官方格式没有的分项「${entry.labels.join('」「')}」，未计入` })
      continue
    }
    for (const input of parent.inputs) {
      const raws = entry.rows.map(({ row, columns: c }) => {
        const slot = c?.slotFor(input)
        return slot === undefined ? '' : row[slot]?.text ?? ''
      })
      const cols = entry.rows[0]?.columns
      const slot = cols?.slotFor(input)
      sink.sum(input, raws, {
        where: entry.rows.map((e) => e.where).join('、'),
        rowLabel: `${official}（${entry.labels.join('+')}）`,
        columnLabel: slot === undefined ? input.columnLabels.join('·') : cols?.labelAt(slot) || input.columnLabels.join('·'),
      })
    }
    done.add(parent)
    sink.finding({ kind: 'structure', severity: 'info', ruleId: 'S-2', message: `${name}「${official}」由本地分项「${entry.labels.join('」「')}」相加得出，请核对` })
  }

  for (const tr of tt.rows) {
    if (done.has(tr)) continue
    for (const input of tr.inputs) sink.missing(input, rt.where)
    const label = tr.rowLabels.at(-1)
    sink.finding({ kind: 'cell', path: tr.inputs[0]?.path, message: label ? `${name}未找到「${label}」行，请填写` : `${name}未找到数据行，请填写` })
  }
  return sink
}

/** Label cells of a row without a known header: the cells before its trailing numbers. */
function leadingLabels(row: Row): number {
  let i = row.length
  while (i > 0 && isValueLike(row[i - 1]?.text ?? '')) i--
  return i
}

function subRowParent(tt: TemplateTable, printed: readonly string[], filled: readonly string[], last: TemplateRow | undefined): TemplateRow | undefined {
  for (const p of printed.slice(0, -1)) {
    const m = matchRow(tt, p)
    if (m && !m.lenient && m.rows.length === 1) return m.rows[0]
  }
  if (!last) return undefined
  const parentLabel = canonical(last.rowLabels.at(-1) ?? '')
  return filled.includes(parentLabel) ? last : undefined
}

/** The columns of a 表二 band, from its header row 「信息内容 | 本年制发件数 | …」. */
function bandColumns(tt: TemplateTable, row: Row, sink: TableSink, reported: Set<string>): Columns {
  const slots = new Map<string, number>()
  const raw = new Map<number, string>()
  let firstValueSlot = row.length
  row.forEach((c, s) => {
    const t = canonical(c.text)
    if (!t || !c.origin) return
    const heads = tt.table.kind === 'banded' ? tt.table.bands.map((b) => canonical(b.headLabel)) : []
    if (heads.includes(t)) return
    const known = tt.columnLabels.has(t) ? t : [...tt.columnLabels].find((l) => looseKey(l) === looseKey(t))
    if (known) {
      if (!slots.has(known)) slots.set(known, s)
      raw.set(s, c.text.replace(/\s+/g, ''))
      firstValueSlot = Math.min(firstValueSlot, s)
    } else if (!reported.has(t)) {
      reported.add(t)
      sink.finding({ kind: 'structure', ruleId: 'S-2', message: `${tt.table.name}有官方格式没有的列「${excerpt(c.text, 30)}」，该列的数值未导入` })
    }
  })
  return {
    slotFor: (input) => slots.get(canonical(input.columnLabels.at(-1) ?? '')),
    firstValueSlot,
    labelAt: (s) => raw.get(s) ?? '',
  }
}
