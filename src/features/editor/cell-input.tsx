import { memo, useMemo } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import type { CellKind, CellPath } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { useCellSeverity, type EvaluationStore } from './evaluation-store'
import { cellField } from './field-names'

interface Props {
  readonly path: CellPath
  readonly label: string
  readonly kind: CellKind
  readonly store: EvaluationStore
  readonly register: UseFormRegister<ReportContent>
  readonly onCommit: (path: CellPath, input: HTMLInputElement) => void
}

/** One editable number; uncontrolled (react-hook-form), re-renders only when its own marks change. */
export const CellInput = memo(function CellInput({ path, label, kind, store, register, onCommit }: Props) {
  // only the mark, not the message text: fewer attribute writes a keystroke; the tip and the panel say it
  const severity = useCellSeverity(store, path)
  // registered once: a mark changing must not re-run react-hook-form's registration
  const field = useMemo(() => register(cellField(path)), [register, path])
  return (
    <input
      {...field}
      onBlur={(e) => {
        onCommit(path, e.currentTarget)
        return field.onBlur(e)
      }}
      className="cell-input"
      data-path={path}
      data-severity={severity || undefined}
      aria-label={label}
      aria-invalid={severity === 'error' ? true : undefined}
      aria-describedby="cell-tip"
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
    />
  )
})
