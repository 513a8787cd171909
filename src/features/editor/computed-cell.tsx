import { memo, useSyncExternalStore } from 'react'
import type { CellMarks } from './cell-marks'
import { formatNumber } from '../../core/rules/format-number'
import type { CellPath } from '../../core/template/types'
import type { EvaluationStore } from './evaluation-store'

function display(store: EvaluationStore, path: CellPath): string {
  const s = store.get().cells.get(path)
  if (!s || s.status === 'blank') return ''
  if (s.status === 'invalid') return '?'
  return formatNumber(s.value)
}

/** A total the app computes: focusable for arrow keys, read-only, named as computed. */
export const ComputedCell = memo(function ComputedCell({ path, label, store, marks }: { path: CellPath; label: string; store: EvaluationStore; marks: CellMarks }) {
  const value = useSyncExternalStore(store.subscribe, () => display(store, path))
  return (
    <input
      ref={marks.attach(path)}
      className="cell-input cell-computed"
      data-path={path}
      aria-label={`${label}（自动计算）`}
      aria-describedby="cell-tip"
      title="自动计算：由同行或同列各项相加得出"
      value={value}
      readOnly
      tabIndex={-1}
    />
  )
})
