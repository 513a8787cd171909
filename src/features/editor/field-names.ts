import type { CellPath } from '../../core/template/types'

export type CellField = `cells.${string}.${string}.${string}`

/** The react-hook-form field of a cell: `cells.table.row.col`, the same nesting as ReportContent.cells. */
export function cellField(path: CellPath): CellField {
  return `cells.${path}` as CellField
}
