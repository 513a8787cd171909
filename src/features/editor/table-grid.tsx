import { memo, type ClipboardEvent, type KeyboardEvent } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { layoutTable } from '../../core/layout/layout-table'
import type { LayoutCell } from '../../core/layout/types'
import type { CompiledTemplate } from '../../core/template-compile/compile'
import type { CellPath, TableDef } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { CellInput } from './cell-input'
import { ComputedCell } from './computed-cell'
import type { CellMarks } from './cell-marks'
import type { EvaluationStore } from './evaluation-store'
import { moveForKey, nextCell } from './grid-navigation'

interface Props {
  readonly table: TableDef
  readonly compiled: CompiledTemplate
  readonly store: EvaluationStore
  readonly marks: CellMarks
  /** the user types this table's totals instead of having them computed */
  readonly manualTotals: boolean
  readonly register: UseFormRegister<ReportContent>
  readonly onInput: (path: CellPath, value: string) => void
  readonly onCommit: (path: CellPath, input: HTMLInputElement) => void
  readonly onPaste: (table: TableDef, start: CellPath, text: string) => boolean
}

function focusCell(container: HTMLElement, path: CellPath) {
  const el = container.querySelector<HTMLInputElement>(`[data-path="${path}"]`)
  el?.focus()
  el?.select()
}

/** The official table drawn from its layout: same merged cells as the preview and the .docx. */
export const TableGrid = memo(function TableGrid({ table, compiled, store, marks, manualTotals, register, onInput, onCommit, onPaste }: Props) {
  const layout = layoutTable(table)
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const input = e.target
    if (!(input instanceof HTMLInputElement) || !input.dataset.path) return
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const key = e.key === 'Enter' && e.shiftKey ? 'ArrowUp' : e.key
    const move = moveForKey(key, input)
    if (!move) return
    const next = nextCell(layout.inputGrid, input.dataset.path as CellPath, move)
    e.preventDefault()
    if (next) focusCell(e.currentTarget, next)
  }
  const onPasteEvent = (e: ClipboardEvent<HTMLTableElement>) => {
    const input = e.target
    if (!(input instanceof HTMLInputElement) || !input.dataset.path) return
    const text = e.clipboardData.getData('text/plain')
    if (onPaste(table, input.dataset.path as CellPath, text)) e.preventDefault()
  }
  const renderCell = (cell: LayoutCell, i: number) => {
    if (cell.kind === 'text') {
      const scope = cell.role === 'rowHeader' ? 'row' : cell.role === 'corner' || cell.role === 'band' ? undefined : 'col'
      return (
        <th key={i} rowSpan={cell.rowSpan} colSpan={cell.colSpan} scope={scope} className={`cell-${cell.role}`}>
          {cell.text}
        </th>
      )
    }
    const info = compiled.cells.get(cell.path)
    const label = info?.fullName ?? cell.path
    return (
      <td key={cell.path} colSpan={cell.colSpan} className="cell">
        {!manualTotals && compiled.computedBy.has(cell.path) ? (
          <ComputedCell path={cell.path} label={label} store={store} marks={marks} />
        ) : (
          <CellInput path={cell.path} label={label} kind={cell.cellKind} marks={marks} register={register} onInput={onInput} onCommit={onCommit} />
        )}
      </td>
    )
  }
  const head = layout.rows.filter((r) => r.header)
  const body = layout.rows.filter((r) => !r.header)
  return (
    <div className="table-scroll">
      <table className={`report-table report-table-${table.screenWidth ?? 'normal'}`} aria-label={table.name} onKeyDown={onKeyDown} onPaste={onPasteEvent}>
        <colgroup>
          {layout.columnWidths.map((w, i) => (
            <col key={i} style={{ width: `${(100 * w) / layout.columnWidths.reduce((a, b) => a + b, 0)}%` }} />
          ))}
        </colgroup>
        {head.length > 0 && <thead>{head.map((r, i) => <tr key={i}>{r.cells.map(renderCell)}</tr>)}</thead>}
        <tbody>{body.map((r, i) => <tr key={i}>{r.cells.map(renderCell)}</tr>)}</tbody>
      </table>
    </div>
  )
})
