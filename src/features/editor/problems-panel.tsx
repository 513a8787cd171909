import { memo, useMemo } from 'react'
import { isRule } from '../../core/rules/rule-ids'
import type { Problem } from '../../core/rules/types'
import type { ReportTemplate } from '../../core/template/types'
import { useProblemCounts, useProblems, type EvaluationStore } from './evaluation-store'

interface Props {
  readonly template: ReportTemplate
  readonly store: EvaluationStore
  readonly onLocate: (problem: Problem) => void
  readonly onFillBlanks: (tableId: string | null) => void
}

/** All problems grouped by part, errors first; a click puts the focus on the cell or field. */
export function ProblemsPanel({ template, store, onLocate, onFillBlanks }: Props) {
  const problems = useProblems(store)
  const groups = useMemo(() => {
    const titles = new Map<string, string>([['title', '标题'], ...template.parts.map((p) => [p.id, p.heading] as const)])
    const byPart = new Map<string, Problem[]>()
    for (const p of problems) {
      const list = byPart.get(p.partId) ?? []
      list.push(p)
      byPart.set(p.partId, list)
    }
    return [...byPart].map(([partId, problems]) => ({ partId, title: titles.get(partId) ?? partId, problems }))
  }, [problems, template])
  const { errorCount, warningCount, blankCellCount } = useProblemCounts(store)
  return (
    <aside className="problems-panel" aria-labelledby="problems-title">
      {/* a fixed-size frame: the list changing on a keystroke is laid out inside it, not with the page */}
      <div className="problems-frame">
        <div className="problems-card">
          <h2 id="problems-title">检查结果</h2>
          <p className="problems-summary" role="status" aria-live="polite">
            {errorCount === 0 && warningCount === 0 ? '未发现问题' : `${errorCount}个错误，${warningCount}个提醒`}
          </p>
          {blankCellCount > 0 && (
            <button type="button" className="fill-blanks" onClick={() => onFillBlanks(null)}>
              将全部{blankCellCount}个空白单元格填为0
            </button>
          )}
          {groups.map((g) => (
            <section key={g.partId} className="problem-group">
              <h3>{g.title}</h3>
              <ul aria-label={`${g.title}的问题`}>
                {g.problems.map((p) => (
                  <ProblemItem key={p.key} problem={p} onLocate={onLocate} onFillBlanks={onFillBlanks} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </aside>
  )
}

interface ItemProps {
  readonly problem: Problem
  readonly onLocate: (problem: Problem) => void
  readonly onFillBlanks: (tableId: string | null) => void
}

/**
 * One problem. Every evaluation makes new problem objects, so an item compares what it shows: a keystroke
 * that adds one problem renders that one, not the whole list.
 */
const ProblemItem = memo(
  function ProblemItem({ problem: p, onLocate, onFillBlanks }: ItemProps) {
    return (
      <li className={`problem problem-${p.severity}`}>
        <span className="problem-badge">{p.severity === 'error' ? '错误' : '提醒'}</span>
        <button type="button" className="problem-message" onClick={() => onLocate(p)}>
          {p.message}
        </button>
        {isRule(p, 'S-4') && p.tableId !== undefined && (
          <button type="button" className="link-button" onClick={() => onFillBlanks(p.tableId ?? null)}>
            本表空白填0
          </button>
        )}
      </li>
    )
  },
  (a, b) =>
    a.onLocate === b.onLocate &&
    a.onFillBlanks === b.onFillBlanks &&
    a.problem.key === b.problem.key &&
    a.problem.message === b.problem.message &&
    a.problem.severity === b.problem.severity &&
    a.problem.cells.join() === b.problem.cells.join(),
)
