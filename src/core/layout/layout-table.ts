import { assertNever } from '../../lib/assert-never'
import { cellPath } from '../template/cell-path'
import { breadth, columnLeaves, depth } from '../template/tree'
import type { BandedTable, ColumnNode, GridTable, RowNode, TableDef } from '../template/types'
import type { LayoutCell, LayoutInputCell, LayoutRow, TableLayout } from './types'

const cache = new WeakMap<TableDef, TableLayout>()

/** The merged-cell grid of a table, computed once per table definition. */
export function layoutTable(table: TableDef): TableLayout {
  let layout = cache.get(table)
  if (!layout) {
    layout = computeLayout(table)
    cache.set(table, layout)
  }
  return layout
}

function computeLayout(table: TableDef): TableLayout {
  switch (table.kind) {
    case 'grid':
      return layoutGrid(table)
    case 'banded':
      return layoutBanded(table)
    default:
      return assertNever(table)
  }
}

function evenWidths(n: number): number[] {
  return Array.from({ length: n }, () => 1)
}

function layoutGrid(table: GridTable): TableLayout {
  const labelCols = table.hideRowLabels ? 0 : depth(table.rows)
  const headerDepth = depth(table.columns)
  const headerRows: LayoutCell[][] = Array.from({ length: headerDepth }, () => [])
  if (labelCols > 0) {
    headerRows[0]?.push({ kind: 'text', role: 'corner', text: table.corner ?? '', rowSpan: headerDepth, colSpan: labelCols })
  }
  const placeColumns = (nodes: readonly ColumnNode[], level: number) => {
    for (const n of nodes) {
      const target = headerRows[level]
      if (!target) continue
      if (n.kind === 'column') {
        target.push({ kind: 'text', role: 'columnHeader', text: n.label, rowSpan: headerDepth - level, colSpan: 1 })
      } else {
        target.push({ kind: 'text', role: 'columnHeader', text: n.label, rowSpan: 1, colSpan: breadth(n) })
        placeColumns(n.children, level + 1)
      }
    }
  }
  placeColumns(table.columns, 0)

  const columns = columnLeaves(table.columns)
  const body: LayoutRow[] = []
  const inputGrid: LayoutInputCell['path'][][] = []
  const placeRows = (nodes: readonly RowNode[], level: number, labels: readonly string[], pending: LayoutCell[]) => {
    let first = pending
    for (const n of nodes) {
      if (n.kind === 'rowGroup') {
        const groupCell: LayoutCell = { kind: 'text', role: 'rowHeader', text: n.label, rowSpan: breadth(n), colSpan: 1 }
        placeRows(n.children, level + 1, [...labels, n.label], [...first, groupCell])
      } else {
        const cells: LayoutCell[] = [...first]
        if (labelCols > 0) cells.push({ kind: 'text', role: 'rowHeader', text: n.label, rowSpan: 1, colSpan: labelCols - level })
        const rowLabels = table.hideRowLabels ? [] : [...labels, n.label]
        const inputs = columns.map(
          (c): LayoutInputCell => ({
            kind: 'input',
            path: cellPath(table.id, n.id, c.leaf.id),
            cellKind: c.leaf.cellKind ?? 'count',
            rowSpan: 1,
            colSpan: 1,
            rowLabels,
            columnLabels: [...c.groups, c.leaf.label],
          }),
        )
        body.push({ header: false, cells: [...cells, ...inputs] })
        inputGrid.push(inputs.map((i) => i.path))
      }
      first = []
    }
  }
  placeRows(table.rows, 0, [], [])
  const gridColumns = labelCols + columns.length
  return {
    tableId: table.id,
    gridColumns,
    rows: [...headerRows.map((cells) => ({ header: true, cells })), ...body],
    inputGrid,
    columnWidths: table.columnWidths ?? evenWidths(gridColumns),
  }
}

function layoutBanded(table: BandedTable): TableLayout {
  const gridColumns = 1 + table.dataColumns
  const rows: LayoutRow[] = []
  const inputGrid: LayoutInputCell['path'][][] = []
  for (const band of table.bands) {
    rows.push({ header: false, cells: [{ kind: 'text', role: 'band', text: band.label, rowSpan: 1, colSpan: gridColumns }] })
    rows.push({
      header: false,
      cells: [
        { kind: 'text', role: 'columnHeader', text: band.headLabel, rowSpan: 1, colSpan: 1 },
        ...band.columns.map((c): LayoutCell => ({ kind: 'text', role: 'columnHeader', text: c.label, rowSpan: 1, colSpan: c.span ?? 1 })),
      ],
    })
    for (const r of band.rows) {
      const inputs = band.columns.map(
        (c): LayoutInputCell => ({
          kind: 'input',
          path: cellPath(table.id, r.id, c.id),
          cellKind: c.cellKind ?? 'count',
          rowSpan: 1,
          colSpan: c.span ?? 1,
          rowLabels: [band.label, r.label],
          columnLabels: [c.label],
        }),
      )
      rows.push({ header: false, cells: [{ kind: 'text', role: 'rowHeader', text: r.label, rowSpan: 1, colSpan: 1 }, ...inputs] })
      inputGrid.push(inputs.map((i) => i.path))
    }
  }
  return { tableId: table.id, gridColumns, rows, inputGrid, columnWidths: table.columnWidths ?? evenWidths(gridColumns) }
}
