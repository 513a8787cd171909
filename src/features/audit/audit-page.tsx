import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { batchSummary } from '../../core/audit/result-sheets'
import { FAMILIES, type AuditRow } from '../../core/audit/types'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { AggregatePanel } from './aggregate-panel'
import { DraftPicker } from './draft-picker'
import { DropZone } from './drop-zone'
import { exportCsv, exportXlsx } from './export-results'
import { ProgressBar } from './progress-bar'
import { ReportDetail } from './report-detail'
import { filterChoices, NO_FILTER, visibleRows, type SortKey, type TableFilter } from './result-filter'
import { PAGE_ROWS, ResultTable } from './result-table'
import { useIdSet } from './use-id-set'
import { useAuditBatch } from './use-audit-batch'
import './audit.css'

export interface AuditPageProps {
  readonly formatById: (id: string) => ReportTemplate | undefined
  readonly listDrafts: () => Promise<Draft[]>
  /** creates a draft and opens it; returns a message when it could not */
  readonly createDraft: (content: ReportContent, template: ReportTemplate) => Promise<string | null>
  /** the 勾稽校验单 controls for one report (.docx and printable page) */
  readonly checkSheet: (template: ReportTemplate, content: ReportContent) => ReactNode
  readonly onBack: () => void
}

/** 审核: many reports at once, a rule table, exports, 汇总. */
export function AuditPage(p: AuditPageProps) {
  const batch = useAuditBatch(p.formatById)
  const [filter, setFilter] = useState<TableFilter>(NO_FILTER)
  const { ids: selected, toggle: onSelect } = useIdSet()
  const [open, setOpen] = useState<AuditRow | null>(null)
  const [aggregating, setAggregating] = useState(false)
  const [page, setPage] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  // the table follows the search box and arriving rows at low priority: a keystroke paints the box at
  // once, and re-rendering a page of rows is interruptible instead of one long task per key
  const rows = useDeferredValue(batch.rows)
  const tableFilter = useDeferredValue(filter)
  const shown = useMemo(() => visibleRows(rows, tableFilter), [rows, tableFilter])
  const choices = useMemo(() => filterChoices(rows), [rows])
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS))
  const set = useCallback((patch: Partial<TableFilter>) => {
    setPage(0)
    setFilter((f) => ({ ...f, ...patch }))
  }, [])
  // stable, so the memoised table does not re-render for the progress line
  const onSort = useCallback((k: SortKey) => {
    setPage(0)
    setFilter((f) => ({ ...f, sort: k, descending: f.sort === k ? !f.descending : k !== 'source' && k !== 'agency' }))
  }, [])
  const summary = useMemo(() => batchSummary(batch.rows), [batch.rows])
  const chosenRows = batch.rows.filter((r) => selected.has(r.id))
  const openTemplate = open?.formatId ? p.formatById(open.formatId) : undefined

  return (
    <main className="audit-page">
      <div className="audit-top">
        <button type="button" onClick={p.onBack}>
          ← 报告列表
        </button>
        <h1>审核多份报告</h1>
      </div>
      <div className="audit-inputs">
        <DropZone onFiles={batch.addFiles} disabled={batch.running} />
        <DraftPicker listDrafts={p.listDrafts} onPick={(d) => void batch.addDrafts(d)} />
      </div>
      {batch.progress && <ProgressBar progress={batch.progress} onCancel={batch.cancel} />}
      {batch.rows.length > 0 && (
        <>
          <p className="audit-summary" role="status">
            {summary}
          </p>
          <div className="audit-filters" role="group" aria-label="筛选">
            <label>
              搜索机关
              <input type="search" value={filter.search} onChange={(e) => {
                  batch.holdForTyping()
                  set({ search: e.target.value })
                }} aria-label="按机关名称搜索" />
            </label>
            <label>
              <input type="checkbox" checked={filter.onlyErrors} onChange={(e) => set({ onlyErrors: e.target.checked })} />
              只看有错误的
            </label>
            <label>
              规则
              <select value={filter.rule} onChange={(e) => set({ rule: e.target.value })} aria-label="按规则筛选">
                <option value="">全部</option>
                {FAMILIES.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
                {choices.rules.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label>
              年度
              <select value={filter.year} onChange={(e) => set({ year: e.target.value })} aria-label="按年度筛选">
                <option value="">全部</option>
                {choices.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <span className="spacer" />
            <button type="button" onClick={() => void exportXlsx(shown).then((ok) => setNotice(ok ? null : '浏览器未能下载文件'))}>
              导出 Excel
            </button>
            <button type="button" onClick={() => exportCsv(shown, 'reports')}>
              导出 CSV
            </button>
            <button type="button" onClick={() => exportCsv(shown, 'problems')}>
              导出问题 CSV
            </button>
            <button type="button" disabled={chosenRows.length === 0} onClick={() => setAggregating(true)}>
              汇总所选（{chosenRows.length}）
            </button>
            <button type="button" onClick={batch.clear} disabled={batch.running}>
              清空
            </button>
          </div>
          {notice && <p role="alert">{notice}</p>}
          {aggregating && <AggregatePanel rows={chosenRows} formatById={p.formatById} onCreate={p.createDraft} onClose={() => setAggregating(false)} />}
          {open && (
            <ReportDetail
              row={open}
              template={openTemplate}
              onClose={() => setOpen(null)}
              checkSheet={openTemplate && open.content ? p.checkSheet(openTemplate, open.content) : null}
            />
          )}
          <ResultTable rows={shown} filter={tableFilter} onSort={onSort} selected={selected} onSelect={onSelect} onOpen={setOpen} page={page} />
          {pages > 1 && (
            <nav className="audit-pages" aria-label="分页">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                上一页
              </button>
              第 {page + 1} / {pages} 页（共{shown.length}行）
              <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                下一页
              </button>
            </nav>
          )}
        </>
      )}
    </main>
  )
}
