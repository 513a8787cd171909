/** Collects what one official table yields: values to store, their provenance, and findings. */
import type { LayoutInputCell } from '../layout/types'
import type { CellPath, TableDef } from '../template/types'
import { readCell, sumTexts } from './read-cell'
import type { CellProvenance, Finding } from './types'

export interface TableOutput {
  readonly values: Map<CellPath, string>
  readonly provenance: Map<CellPath, CellProvenance>
  readonly findings: Finding[]
}

/** 表三「（一）予以公开」「自然人」: how messages name a cell. */
export function cellName(table: TableDef, input: LayoutInputCell): string {
  const row = input.rowLabels.at(-1)
  const cols = row ? input.columnLabels.slice(-1) : input.columnLabels.slice(-2)
  return `${table.name}${row ? `「${row}」` : ''}「${cols.join('·')}」`
}

const PLACES = { count: 0, signedCount: 0, wanYuan: 4, yuan: 2 } as const

export class TableSink implements TableOutput {
  readonly values = new Map<CellPath, string>()
  readonly provenance = new Map<CellPath, CellProvenance>()
  readonly findings: Finding[] = []

  readonly table: TableDef

  constructor(table: TableDef) {
    this.table = table
  }

  finding(f: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }) {
    this.findings.push({ severity: 'warning', ...f })
  }

  /** One printed cell, read through normalizeCell. */
  read(input: LayoutInputCell, raw: string, at: { where: string; rowLabel: string; columnLabel: string }) {
    const r = readCell(raw, input.cellKind)
    this.values.set(input.path, r.text)
    this.provenance.set(input.path, { ...at, table: this.table.name, raw, how: r.how })
    if (r.notice) {
      const severity = r.how === 'read' && r.value === undefined ? 'error' : r.how === 'blank' ? 'warning' : 'info'
      this.findings.push({ kind: 'cell', severity, path: input.path, message: `${cellName(this.table, input)}${r.notice}` })
    }
  }

  /** An official row printed as local sub-rows (Q12): their sum, with the evidence. */
  sum(input: LayoutInputCell, raws: readonly string[], at: { where: string; rowLabel: string; columnLabel: string }) {
    const reads = raws.map((raw) => readCell(raw, input.cellKind))
    const numbers = reads.flatMap((r) => (r.value === undefined ? [] : [r.value]))
    const text = numbers.length > 0 ? sumTexts(numbers, PLACES[input.cellKind]) : ''
    this.values.set(input.path, text)
    this.provenance.set(input.path, { ...at, table: this.table.name, raw: raws.map((r) => r.trim() || '（空）').join(' + '), how: 'summed' })
    if (numbers.length < reads.length) {
      this.findings.push({
        kind: 'cell',
        severity: 'warning',
        path: input.path,
        message: `${cellName(this.table, input)}的分项中有空白或不是数字的单元格，只加了能读出的${numbers.length}项，请核对`,
      })
    }
  }

  missing(input: LayoutInputCell, where: string) {
    this.values.set(input.path, '')
    this.provenance.set(input.path, {
      where,
      table: this.table.name,
      rowLabel: input.rowLabels.at(-1) ?? '',
      columnLabel: input.columnLabels.join('·'),
      raw: '',
      how: 'missing',
    })
  }
}
