import { useWatch } from 'react-hook-form'
import { improvementMeasures } from '../../core/year-over-year/last-year-text'
import type { EditorAids } from './editor-aids'

/** Part 五: the improvement measures last year's report announced, as a reminder to report on them. */
export function LastYearMeasures({ aids }: { aids: EditorAids }) {
  const basis = useWatch({ control: aids.form.control, name: 'basis' })
  const measures = basis ? improvementMeasures(basis.problems) : []
  if (!basis || measures.length === 0) return null
  return (
    <details className="last-year" open>
      <summary>上年提出的改进措施（{basis.year}年度报告）</summary>
      <ul className="last-year-measures">
        {measures.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      <p className="hint">请在本部分说明这些措施的落实情况。</p>
    </details>
  )
}
