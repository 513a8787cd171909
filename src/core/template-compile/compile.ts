import { layoutTable } from '../layout/layout-table'
import { feeCellPath, splitCellPath } from '../template/cell-path'
import type { CellKind, CellPath, ReportTemplate, Rule, SumRule, TableDef } from '../template/types'

/** A numeric cell of the report with what messages and the form need to name it. */
export interface CellInfo {
  readonly path: CellPath
  readonly kind: CellKind
  /** the part it belongs to, for grouping problems */
  readonly partId: string
  /** the table (or field group) it belongs to */
  readonly tableId: string
  /** short name for messages: 表三「1.属于国家秘密」「商业企业」 */
  readonly name: string
  /** full accessible name: every row label and column label as printed */
  readonly fullName: string
  /** the path split once: table, row, column */
  readonly at: readonly [string, string, string]
  /** position in `cells`: the rule engine keeps cell states in an array */
  readonly index: number
}

/** What the engine needs from a template, indexed once. */
export interface CompiledTemplate {
  readonly template: ReportTemplate
  readonly cells: ReadonlyMap<CellPath, CellInfo>
  readonly tables: ReadonlyMap<string, { readonly table: TableDef; readonly partId: string }>
  /** total cell → the rule that computes it */
  readonly computedBy: ReadonlyMap<CellPath, SumRule>
  readonly rules: readonly Rule[]
  /** part ids in document order */
  readonly partOrder: readonly string[]
  /** the cells row by row (table, row, cells), so a reader looks each row up once */
  readonly rows: readonly CellRow[]
}

export interface CellRow {
  readonly table: string
  readonly row: string
  readonly cells: readonly CellInfo[]
}

const cache = new WeakMap<ReportTemplate, CompiledTemplate>()

export function compileTemplate(template: ReportTemplate): CompiledTemplate {
  const hit = cache.get(template)
  if (hit) return hit
  const cells = new Map<CellPath, CellInfo>()
  const tables = new Map<string, { table: TableDef; partId: string }>()
  for (const part of template.parts) {
    if (part.kind === 'table') {
      tables.set(part.table.id, { table: part.table, partId: part.id })
      for (const row of layoutTable(part.table).rows) {
        for (const c of row.cells) {
          if (c.kind !== 'input') continue
          const lastRow = c.rowLabels.at(-1)
          const lastCol = c.columnLabels.at(-1) ?? ''
          const name = lastRow ? `${part.table.name}「${lastRow}」「${lastCol}」` : `${part.table.name}「${c.columnLabels.join('')}」`
          cells.set(c.path, {
            index: cells.size,
            path: c.path,
            at: splitCellPath(c.path),
            kind: c.cellKind,
            partId: part.id,
            tableId: part.table.id,
            name,
            fullName: [...c.rowLabels, ...c.columnLabels].join(' '),
          })
        }
      }
    } else if (part.kind === 'other' && part.fees) {
      for (const f of part.fees.fields) {
        const path = feeCellPath(part.fees.group, f.id)
        cells.set(path, { index: cells.size, path, at: splitCellPath(path), kind: f.cellKind, partId: part.id, tableId: part.fees.group, name: f.label, fullName: `${f.label}（${f.unit}）` })
      }
    }
  }
  const computedBy = new Map<CellPath, SumRule>()
  for (const r of template.rules) {
    if (r.kind === 'sum' && r.computes) {
      const target = r.left.cells[0]
      if (target && !computedBy.has(target)) computedBy.set(target, r)
    }
  }
  const rows: CellRow[] = []
  for (const info of cells.values()) {
    const last = rows.at(-1)
    if (last && last.table === info.at[0] && last.row === info.at[1]) (last.cells as CellInfo[]).push(info)
    else rows.push({ table: info.at[0], row: info.at[1], cells: [info] })
  }
  const compiled: CompiledTemplate = {
    rows,
    template,
    cells,
    tables,
    computedBy,
    rules: template.rules,
    partOrder: template.parts.map((p) => p.id),
  }
  cache.set(template, compiled)
  return compiled
}
