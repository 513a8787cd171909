import type { CellPath } from './types'

/** The one way to spell a cell's address; RHF field names, zod issue paths and docx cells all use it. */
export function cellPath(table: string, row: string, col: string): CellPath {
  return `${table}.${row}.${col}` as CellPath
}

export function splitCellPath(path: CellPath): readonly [table: string, row: string, col: string] {
  const [table = '', row = '', col = ''] = path.split('.')
  return [table, row, col]
}

/** The row every 信息处理费 figure sits in: `<group>.fees.<field id>`. */
export const FEE_ROW = 'fees'

/** The address of a fee field (FeeFields.group, FieldDef.id). */
export function feeCellPath(group: string, fieldId: string): CellPath {
  return cellPath(group, FEE_ROW, fieldId)
}
