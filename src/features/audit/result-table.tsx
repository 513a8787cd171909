import { memo } from 'react'
import { FAMILIES, READ_STATUS_TEXT, type AuditRow } from '../../core/audit/types'
import type { SortKey, TableFilter } from './result-filter'

/** The table renders at most this many rows at once: a province's batch pages through them. */
export const PAGE_ROWS = 100

interface Props {
  readonly rows: readonly AuditRow[]
  readonly filter: TableFilter
  readonly onSort: (k: SortKey) => void
  readonly selected: ReadonlySet<string>
  readonly onSelect: (id: string, on: boolean) => void
  readonly onOpen: (row: AuditRow) => void
  readonly page: number
}

const COLUMNS: readonly [SortKey, string][] = [
  ['agency', '机关名称'],
  ['year', '年度'],
  ['source', '来源文件'],
  ['status', '读取状态'],
  ['errors', '错误'],
  ['warnings', '警告'],
  ...FAMILIES.map((f) => [f, f] as [SortKey, string]),
]

/** Column widths (the table lays out fixed: rows arriving during a batch must not re-measure every row). */
const COL_CLASS: Partial<Record<SortKey, string>> = { agency: 'agency', year: 'year', source: 'source', status: 'status' }

/**
 * One row per report: sortable headers, a checkbox for 汇总, the agency opens the detail. Memoised: the
 * progress line changes with every file read, and must not re-render 200 rows each time.
 */
export const ResultTable = memo(function ResultTable({ rows, filter, onSort, selected, onSelect, onOpen, page }: Props) {
  const shown = rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS)
  return (
    <table className="audit-table" aria-label="审核结果">
      <colgroup>
        <col className="col-pick" />
        {COLUMNS.map(([k]) => (
          <col key={k} className={`col-${COL_CLASS[k] ?? 'count'}`} />
        ))}
        <col className="col-format" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">选择</span>
          </th>
          {COLUMNS.map(([k, label]) => (
            <th key={k} scope="col" aria-sort={filter.sort === k ? (filter.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="sort-button" onClick={() => onSort(k)}>
                {label}
                {filter.sort === k ? (filter.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
          <th scope="col">格式</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <ResultRow key={r.id} row={r} selected={selected.has(r.id)} onSelect={onSelect} onOpen={onOpen} />
        ))}
      </tbody>
    </table>
  )
})

interface RowProps {
  readonly row: AuditRow
  readonly selected: boolean
  readonly onSelect: (id: string, on: boolean) => void
  readonly onOpen: (row: AuditRow) => void
}

/** One report; memoised, so rows arriving from the workers render only themselves, not the whole page. */
const ResultRow = memo(function ResultRow({ row: r, selected, onSelect, onOpen }: RowProps) {
  return (
      <tr data-status={r.status} data-errors={r.errors > 0 || undefined}>
        <td>
          <input
            type="checkbox"
            aria-label={`选择 ${r.agency || r.source}`}
            disabled={r.status === 'unreadable'}
            checked={selected}
            onChange={(e) => onSelect(r.id, e.target.checked)}
          />
        </td>
        <td>
          {r.status === 'unreadable' ? (
            <span className="muted">—</span>
          ) : (
            <button type="button" className="link-button" onClick={() => onOpen(r)}>
              {r.agency || '（无机关名称）'}
            </button>
          )}
          {r.duplicateOf && r.duplicateOf.length > 0 && (
            <span className="dup-mark" title="同一机关同一年度的报告不止一份">
              重复
            </span>
          )}
        </td>
        <td>{r.year ?? ''}</td>
        <td className="source-cell">{r.source}</td>
        <td>
          {READ_STATUS_TEXT[r.status]}
          {r.reason && <div className="row-reason">{r.reason}</div>}
        </td>
        <td className={r.errors > 0 ? 'count-error' : undefined}>{r.status === 'unreadable' ? '' : r.errors}</td>
        <td className={r.warnings > 0 ? 'count-warning' : undefined}>{r.status === 'unreadable' ? '' : r.warnings}</td>
        {FAMILIES.map((f) => (
          <td key={f}>{r.families[f] || ''}</td>
        ))}
        <td className="muted">{r.formatTitle.replace(/（.*$/, '')}</td>
      </tr>
  )
})
