import { layoutTable } from '../layout/layout-table'
import type { LayoutCell } from '../layout/types'
import { rawText } from '../rules/cell-states'
import { formatNumber } from '../rules/format-number'
import type { Evaluation } from '../rules/types'
import type { CellKind, CellPath, TableDef } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { CellTexts } from '../values/types'
import { TEXT_WIDTH_TWIPS } from './page-style'
import { scaleWidths } from './scale-widths'
import type { DocTable, DocTableCell } from './types'

/**
 * The text printed for a numeric cell: a computed total as evaluated, a typed value in its canonical
 * form, an unreadable value as typed (never drop what the user wrote), a blank as ''.
 */
export function printedValue(path: CellPath, kind: CellKind, cells: CellTexts, evaluation: Evaluation): string {
  if (evaluation.computed.has(path)) {
    const state = evaluation.cells.get(path)
    return state?.status === 'ok' ? formatNumber(state.value) : ''
  }
  const raw = rawText(cells, path)
  const reading = normalizeCell(raw, kind)
  if (reading.status === 'ok') return reading.text
  return reading.status === 'blank' ? '' : raw.trim()
}

/** One official table, cell for cell as its layout, with the values filled in. */
export function docTable(table: TableDef, cells: CellTexts, evaluation: Evaluation): DocTable {
  const layout = layoutTable(table)
  const docCell = (c: LayoutCell): DocTableCell => {
    if (c.kind === 'input') {
      const text = printedValue(c.path, c.cellKind, cells, evaluation)
      return { text, role: 'number', rowSpan: c.rowSpan, colSpan: c.colSpan, align: 'center', path: c.path }
    }
    if (c.role === 'rowHeader') {
      // 表三's one-row labels read left to right; group labels (三、本年度办理结果) and 表二's labels centre
      const align = table.kind === 'grid' && c.rowSpan === 1 ? 'left' : 'center'
      return { text: c.text, role: 'label', rowSpan: c.rowSpan, colSpan: c.colSpan, align }
    }
    return { text: c.text, role: 'header', rowSpan: c.rowSpan, colSpan: c.colSpan, align: 'center' }
  }
  return {
    kind: 'table',
    tableId: table.id,
    name: table.name,
    columnWidths: scaleWidths(layout.columnWidths, TEXT_WIDTH_TWIPS),
    rows: layout.rows.map((r) => ({ header: r.header, cells: r.cells.map(docCell) })),
  }
}
