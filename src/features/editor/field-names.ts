import type { CellPath } from '../../core/template/types'

/** A cell's field: `cells.table.row.col`, the same nesting as ReportContent.cells. */
export type CellField = `cells.${string}.${string}.${string}`
/** A row of cells (part 六's fee figures are watched as one row). */
export type CellRowField = `cells.${string}.${string}`
/** What a part-一 sub-section holds, by its position in `overview`. */
export type SubsectionKey = 'title' | 'body' | 'topicId'
export type SubsectionField<K extends SubsectionKey> = `overview.${number}.${K}`

/**
 * The one builder of the editor's react-hook-form field names that are made from ids or positions (the
 * fixed ones, such as 'agency' or 'manualTotals', are written as they are): a cell by its path, a row of
 * cells by table and row, a sub-section's text by its position. No allocation: it runs on every keystroke.
 */
export function fieldName(cell: CellPath): CellField
export function fieldName(table: string, row: string): CellRowField
export function fieldName<K extends SubsectionKey>(subsection: number, key: K): SubsectionField<K>
export function fieldName(at: CellPath | string | number, key?: string): string {
  if (typeof at === 'number') return `overview.${at}.${key}`
  return key === undefined ? `cells.${at}` : `cells.${at}.${key}`
}
