/** What the importer needs to know of an official table, derived from its layout (labels as printed). */
import { layoutTable } from '../layout/layout-table'
import type { LayoutInputCell } from '../layout/types'
import type { TableDef } from '../template/types'
import { canonical } from './text'

export interface TemplateRow {
  /** printed labels, outermost first (band or groups, then the row) */
  readonly rowLabels: readonly string[]
  readonly inputs: readonly LayoutInputCell[]
}

export interface TemplateTable {
  readonly table: TableDef
  readonly rows: readonly TemplateRow[]
  /** every printed label, canonical: identifies a table by content (Q14) */
  readonly labels: ReadonlySet<string>
  /** printed column labels, canonical */
  readonly columnLabels: ReadonlySet<string>
  /** row-group and band labels, canonical */
  readonly groupLabels: ReadonlySet<string>
  /** header texts of a grid table in reading order, canonical (not the corner) */
  readonly headerSequence: readonly string[]
}

const cache = new WeakMap<TableDef, TemplateTable>()

export function templateTable(table: TableDef): TemplateTable {
  const hit = cache.get(table)
  if (hit) return hit
  const layout = layoutTable(table)
  const rows: TemplateRow[] = []
  const labels = new Set<string>()
  const columnLabels = new Set<string>()
  const groupLabels = new Set<string>()
  const headerSequence: string[] = []
  for (const r of layout.rows) {
    const inputs = r.cells.filter((c): c is LayoutInputCell => c.kind === 'input')
    const first = inputs[0]
    if (first) rows.push({ rowLabels: first.rowLabels, inputs })
    for (const c of r.cells) {
      if (c.kind === 'input') {
        for (const l of c.columnLabels) columnLabels.add(canonical(l))
        for (const l of c.rowLabels.slice(0, -1)) groupLabels.add(canonical(l))
        continue
      }
      if (c.text) labels.add(canonical(c.text))
      if (c.role === 'band') groupLabels.add(canonical(c.text))
      if (c.role === 'columnHeader' && r.header) headerSequence.push(canonical(c.text))
    }
  }
  const built: TemplateTable = { table, rows, labels, columnLabels, groupLabels, headerSequence }
  cache.set(table, built)
  return built
}
