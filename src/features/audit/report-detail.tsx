import { useMemo } from 'react'
import { groupedFingerprint } from '../../core/audit/fingerprint'
import { READ_STATUS_TEXT, type AuditRow } from '../../core/audit/types'
import { docTable } from '../../core/document/doc-table'
import type { DocTable } from '../../core/document/types'
import { evaluate } from '../../core/rules/evaluate'
import type { ReportTemplate } from '../../core/template/types'

interface Props {
  readonly row: AuditRow
  readonly template: ReportTemplate | undefined
  readonly onClose: () => void
  /** the 勾稽校验单 of this report (.docx and printable page), composed by the app */
  readonly checkSheet?: React.ReactNode
}

function OfficialTable({ table, marks }: { table: DocTable; marks: ReadonlyMap<string, 'error' | 'warning'> }) {
  return (
    <table className="detail-table" aria-label={table.name}>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            {r.cells.map((c, j) => {
              const mark = c.path ? marks.get(c.path) : undefined
              return (
                <td key={j} rowSpan={c.rowSpan} colSpan={c.colSpan} data-role={c.role} data-severity={mark} data-path={c.path} style={{ textAlign: c.align }}>
                  {c.text}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One report: its problems with the source evidence, and its tables in the official layout with problem cells marked. */
export function ReportDetail({ row, template, onClose, checkSheet }: Props) {
  const tables = useMemo(() => {
    if (!template || !row.content) return []
    const evaluation = evaluate(template, row.content)
    const content = row.content
    return template.parts.flatMap((p) => (p.kind === 'table' ? [docTable(p.table, content.cells, evaluation)] : []))
  }, [row, template])
  const marks = useMemo(() => {
    const m = new Map<string, 'error' | 'warning'>()
    for (const p of row.problems) for (const c of p.cells) if (m.get(c) !== 'error') m.set(c, p.severity)
    return m
  }, [row])
  return (
    <section className="audit-detail" aria-labelledby="detail-title">
      <div className="detail-head">
        <h2 id="detail-title">
          {row.agency || '（无机关名称）'} {row.year}年度
        </h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <p className="hint">
        来源：{row.source} · 读取状态：{READ_STATUS_TEXT[row.status]}
        {row.reason ? `（${row.reason}）` : ''} · 错误{row.errors}处，警告{row.warnings}处
      </p>
      {row.fingerprint && <p className="fingerprint">内容指纹（SHA-256）：{groupedFingerprint(row.fingerprint)}</p>}
      {checkSheet}
      <h3>问题与原文</h3>
      {row.problems.length === 0 ? (
        <p>没有发现问题。</p>
      ) : (
        <ol className="detail-problems" aria-label="问题列表">
          {row.problems.map((p) => (
            <li key={p.key} data-severity={p.severity}>
              <span className="rule-id">{p.ruleId}</span> <span className="family">{p.family}</span> {p.message}
              {p.evidence.length > 0 && (
                <ul className="evidence" aria-label="原文">
                  {p.evidence.map((e) => (
                    <li key={e.cell}>
                      {e.label}：原文「{e.raw || '（空白）'}」，见{e.where}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {tables.map((t) => (
        <div key={t.tableId} className="detail-table-wrap">
          <h3>{t.name}</h3>
          <OfficialTable table={t} marks={marks} />
        </div>
      ))}
    </section>
  )
}
