import type { DocTableCell, DocTableRow } from '../../core/document/types'
import type { CellPath, Severity } from '../../core/template/types'
import { assertNever } from '../../lib/assert-never'
import { pxFromTwips } from './geometry'
import type { PageBlock, ParagraphPiece, TablePiece } from './page-types'

/**
 * The markup of each block. The sheets and the offscreen measurer both render these, so the heights
 * that decide the breaks are the heights shown. Each block is exactly one element (the measurer reads
 * them by position). Sizes and fonts come from preview.css through the --pv-* properties.
 */

/** Problems on table cells, shown on screen only (never changes a row's height). */
export type CellMarks = ReadonlyMap<CellPath, Severity>

function cellClass(cell: DocTableCell): string | undefined {
  return cell.align === 'left' ? 'pv-left' : undefined
}

function Cell({ cell, marks }: { cell: DocTableCell; marks: CellMarks | undefined }) {
  const spans = { rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined }
  if (cell.role === 'header') return <th {...spans} className={cellClass(cell)}>{cell.text}</th>
  if (cell.role === 'label') return <th {...spans} scope="row" className={cellClass(cell)}>{cell.text}</th>
  const severity = cell.path === undefined ? undefined : marks?.get(cell.path)
  return <td {...spans} className={cellClass(cell)} data-severity={severity}>{cell.text}</td>
}

function Row({ row, marks }: { row: DocTableRow; marks: CellMarks | undefined }) {
  return (
    <tr>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} marks={marks} />
      ))}
    </tr>
  )
}

function TableView({ piece, marks }: { piece: TablePiece; marks: CellMarks | undefined }) {
  const { table } = piece
  return (
    <table className="pv-table" aria-label={piece.continued ? `${table.name}（续）` : table.name}>
      <colgroup>
        {table.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${pxFromTwips(w)}px` }} />
        ))}
      </colgroup>
      {piece.head.length > 0 && (
        <thead>
          {piece.head.map((row, i) => (
            <Row key={i} row={row} marks={marks} />
          ))}
        </thead>
      )}
      <tbody>
        {piece.rows.map((row, i) => (
          <Row key={i} row={row} marks={marks} />
        ))}
      </tbody>
    </table>
  )
}

function paragraphClass(p: ParagraphPiece): string {
  return ['pv-p', p.first ? '' : 'pv-cont', p.last ? '' : 'pv-runs-on'].filter(Boolean).join(' ')
}

export function BlockView({ block, marks }: { block: PageBlock; marks?: CellMarks }) {
  switch (block.kind) {
    case 'draft':
      return <p className="pv-draft">{block.text}</p>
    case 'title':
      return (
        <div className="pv-title">
          {block.agency !== '' && <p>{block.agency}</p>}
          <p>{block.line}</p>
        </div>
      )
    case 'heading':
      return block.level === 1 ? <h2 className="pv-h1">{block.text}</h2> : <h3 className="pv-h2">{block.text}</h3>
    case 'paragraph':
      return <p className={paragraphClass(block)}>{block.text}</p>
    case 'table':
      return <TableView piece={block} marks={marks} />
    default:
      return assertNever(block)
  }
}
