import { useId, useMemo, useState, type ReactNode } from 'react'
import type { Finding, ImportOutcome } from '../../core/import/types'
import { evaluate } from '../../core/rules/evaluate'
import type { CellPath } from '../../core/template/types'
import { ReviewTable } from './review-table'

export interface ReviewPanelProps {
  readonly fileName: string
  readonly outcome: ImportOutcome
  /** the user confirmed (or changed) the year; a different year is read again */
  readonly onConfirmYear: (year: number) => void
  readonly onCreate: () => void
  readonly onCancel: () => void
  readonly busy: boolean
  /** a slot for further actions on the report as read (e.g. starting next year's report from it) */
  readonly extraActions?: ReactNode
}

const KIND_TITLE: Record<Finding['kind'], string> = {
  unrecognised: '未能识别的内容',
  structure: '与官方格式不一致的行和列',
  format: '格式和年度',
  cell: '单元格',
  text: '标题和文字部分',
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const groups = (Object.keys(KIND_TITLE) as Finding['kind'][]).map((k) => [k, findings.filter((f) => f.kind === k)] as const).filter(([, fs]) => fs.length > 0)
  return (
    <>
      {groups.map(([kind, fs]) => (
        <section key={kind} className="review-findings" aria-label={KIND_TITLE[kind]}>
          <h4>
            {KIND_TITLE[kind]}（{fs.length}）
          </h4>
          <ul>
            {fs.map((f, i) => (
              <li key={i} data-severity={f.severity}>
                {f.ruleId ? `[${f.ruleId}] ` : ''}
                {f.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

/** The report as read, before anything is saved: tables with marked cells, findings, rule problems. */
export function ReviewPanel({ fileName, outcome, onConfirmYear, onCreate, onCancel, busy, extraActions }: ReviewPanelProps) {
  const { template, content, provenance, findings } = outcome
  const evaluation = useMemo(() => evaluate(template, content), [template, content])
  const problemCells = useMemo(() => new Set<CellPath>(evaluation.problems.flatMap((p) => p.cells)), [evaluation])
  const [year, setYear] = useState(String(content.year))
  const [yearConfirmed, setYearConfirmed] = useState(!outcome.yearNeedsConfirmation)
  const yearId = useId()
  const important = findings.filter((f) => f.severity !== 'info')
  const notes = findings.filter((f) => f.severity === 'info')
  const counts = Object.values(provenance).reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.how]: (acc[p.how] ?? 0) + 1 }), {})
  const tables = template.parts.flatMap((p) => (p.kind === 'table' ? [p] : []))
  const yearValid = /^\d{4}$/.test(year.trim())

  return (
    <div className="review">
      <dl className="review-summary">
        <dt>文件</dt>
        <dd>{fileName}</dd>
        <dt>机关名称</dt>
        <dd>{content.agency || '（未读到，创建后请填写）'}</dd>
        <dt>报告年度</dt>
        <dd>
          {outcome.yearNeedsConfirmation ? (
            <span className="review-year">
              <label htmlFor={yearId}>标题中没有年度，请确认报告年度</label>{' '}
              <input id={yearId} inputMode="numeric" value={year} maxLength={4} size={5} onChange={(e) => setYear(e.target.value)} disabled={yearConfirmed} />{' '}
              {!yearConfirmed && (
                <button
                  type="button"
                  disabled={!yearValid}
                  onClick={() => {
                    const y = Number(year.trim())
                    if (y === content.year) setYearConfirmed(true)
                    else onConfirmYear(y)
                  }}
                >
                  确认年度
                </button>
              )}
              {yearConfirmed && <span>（已确认）</span>}
            </span>
          ) : (
            `${content.year}年`
          )}
        </dd>
        <dt>格式</dt>
        <dd>{template.title}</dd>
        <dt>单元格</dt>
        <dd>
          读取 {counts.read ?? 0} 个；空白 {counts.blank ?? 0} 个；占位符 {counts.placeholder ?? 0} 个；分项相加 {counts.summed ?? 0} 个；未找到 {counts.missing ?? 0} 个
        </dd>
      </dl>

      <section aria-labelledby={`${yearId}-problems`}>
        <h3 id={`${yearId}-problems`}>
          勾稽检查：{evaluation.errorCount} 个错误，{evaluation.warningCount} 个提醒
        </h3>
        {evaluation.problems.length > 0 && (
          <ul className="review-problems">
            {evaluation.problems.map((p) => (
              <li key={p.key} data-severity={p.severity}>
                [{p.ruleId}] {p.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${yearId}-findings`}>
        <h3 id={`${yearId}-findings`}>读取情况：{important.length === 0 ? '没有需要核对的问题' : `${important.length} 处需要核对`}</h3>
        <FindingList findings={important} />
        {notes.length > 0 && (
          <details>
            <summary>其他说明（{notes.length}）</summary>
            <FindingList findings={notes} />
          </details>
        )}
      </section>

      {tables.map((part) => (
        <section key={part.id} aria-label={part.heading}>
          <h3>{part.heading}</h3>
          <ReviewTable table={part.table} cells={content.cells} provenance={provenance} problemCells={problemCells} />
        </section>
      ))}

      <details className="review-texts">
        <summary>文字部分</summary>
        <h4>开头</h4>
        <p>{content.opening || '（未读到）'}</p>
        <h4>一、总体情况</h4>
        <ul>
          {content.overview.map((s) => (
            <li key={s.id}>
              <strong>{s.title || '（无小标题）'}</strong> {s.body.slice(0, 60)}
              {s.body.length > 60 ? '…' : ''}
            </li>
          ))}
        </ul>
        <h4>五、存在的主要问题及改进情况</h4>
        <p className="review-paragraphs">{content.problems || '（未读到）'}</p>
        <h4>六、其他需要报告的事项</h4>
        <p className="review-paragraphs">{content.other || '（未读到）'}</p>
      </details>

      <div className="dialog-actions">
        {extraActions}
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" onClick={onCreate} disabled={busy || !yearConfirmed}>
          创建为草稿
        </button>
      </div>
    </div>
  )
}
