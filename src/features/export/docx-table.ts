import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { NUMBER_CELL_PADDING_TWIPS, TABLE_CELL_PADDING_TWIPS } from '../../core/document/page-style'
import { gridStarts } from '../../core/document/grid-starts'
import type { DocTable, DocTableCell } from '../../core/document/types'
import { STYLE } from './docx-styles'

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
const dxa = (size: number) => ({ size, type: WidthType.DXA })

function cell(c: DocTableCell, width: number): TableCell {
  return new TableCell({
    width: dxa(width),
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: c.role === 'number' ? { left: NUMBER_CELL_PADDING_TWIPS, right: NUMBER_CELL_PADDING_TWIPS } : undefined,
    children: [
      new Paragraph({
        style: STYLE.table,
        alignment: c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        text: c.text,
      }),
    ],
  })
}

/**
 * An official table: the model's grid with explicit column widths (fixed layout), header rows repeated
 * on each page, no row split across pages, numbers centred.
 */
export function docxTable(table: DocTable): Table {
  const widths = table.columnWidths
  const total = widths.reduce((a, b) => a + b, 0)
  const starts = gridStarts(table.rows)
  const rows = table.rows.map((row, r) => {
    const children = row.cells.map((c, i) => {
      const start = starts[r]?.[i] ?? 0
      const width = widths.slice(start, start + c.colSpan).reduce((a, b) => a + b, 0)
      return cell(c, width)
    })
    return new TableRow({ tableHeader: row.header || undefined, cantSplit: true, children })
  })
  return new Table({
    rows,
    columnWidths: widths,
    width: dxa(total),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: { left: TABLE_CELL_PADDING_TWIPS, right: TABLE_CELL_PADDING_TWIPS, top: 0, bottom: 0 },
  })
}
