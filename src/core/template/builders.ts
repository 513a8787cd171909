import type { CellKind, ColumnGroup, ColumnLeaf, ColumnNode, RowGroup, RowLeaf, RowNode } from './types'

/** Terse constructors for template authors; they only fill in `kind`. */
export function col(id: string, label: string, cellKind?: CellKind): ColumnLeaf {
  return cellKind ? { kind: 'column', id, label, cellKind } : { kind: 'column', id, label }
}

export function colGroup(label: string, children: readonly ColumnNode[]): ColumnGroup {
  return { kind: 'columnGroup', label, children }
}

export function row(id: string, label: string, hint?: string): RowLeaf {
  return hint ? { kind: 'row', id, label, hint } : { kind: 'row', id, label }
}

export function rowGroup(label: string, children: readonly RowNode[]): RowGroup {
  return { kind: 'rowGroup', label, children }
}
