import { layoutTable } from '../../core/layout/layout-table'
import type { LayoutCell } from '../../core/layout/types'
import type { Provenance } from '../../core/import/types'
import type { CellPath, TableDef } from '../../core/template/types'
import type { CellTexts } from '../../core/values/types'
import { explain, HOW_LABEL, isMarked } from './cell-explanation'

interface Props {
  readonly table: TableDef
  readonly cells: CellTexts
  readonly provenance: Provenance
  /** cells that a rule of the report as read complains about */
  readonly problemCells: ReadonlySet<CellPath>
}

function valueOf(cells: CellTexts, path: CellPath): string {
  const [t = '', r = '', c = ''] = path.split('.')
  return cells[t]?.[r]?.[c] ?? ''
}

/**
 * The official table as read, drawn from the same layout as the form, the preview and the .docx; each
 * cell that was blank, a placeholder, summed from sub-rows or not found is marked, and explained below.
 */
export function ReviewTable({ table, cells, provenance, problemCells }: Props) {
  const layout = layoutTable(table)
  const notes: { path: CellPath; n: number; text: string; name: string }[] = []
  const renderCell = (cell: LayoutCell, i: number) => {
    if (cell.kind === 'text') {
      return (
        <th key={i} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={`cell-${cell.role}`}>
          {cell.text}
        </th>
      )
    }
    const value = valueOf(cells, cell.path)
    const p = provenance[cell.path]
    const marked = isMarked(p, value)
    const name = `${table.name}${cell.rowLabels.at(-1) ? `「${cell.rowLabels.at(-1)}」` : ''}「${cell.columnLabels.join('·')}」`
    let n = 0
    if (marked) {
      n = notes.length + 1
      notes.push({ path: cell.path, n, text: explain(p, value), name })
    }
    const how = p?.how ?? 'missing'
    return (
      <td
        key={i}
        colSpan={cell.colSpan}
        className="review-cell"
        data-path={cell.path}
        data-how={how}
        data-problem={problemCells.has(cell.path) ? '' : undefined}
        title={marked ? explain(p, value) : p ? explain(p, value) : undefined}
      >
        {value}
        {marked && (
          <sup className="review-mark" aria-label={`${HOW_LABEL[how]}，见注${n}`}>
            {n}
          </sup>
        )}
      </td>
    )
  }
  return (
    <figure className="review-table">
      <table className="report-table">
        <caption className="visually-hidden">{table.name}（导入结果）</caption>
        <tbody>
          {layout.rows.map((row, r) => (
            <tr key={r}>{row.cells.map(renderCell)}</tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 && (
        <ol className="review-notes" aria-label={`${table.name}中需要核对的单元格`}>
          {notes.map((note) => (
            <li key={note.path} value={note.n}>
              <strong>{note.name}</strong>：{note.text}
            </li>
          ))}
        </ol>
      )}
    </figure>
  )
}
