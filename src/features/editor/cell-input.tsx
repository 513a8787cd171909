import { memo } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import type { CellKind, CellPath } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { useCellMessages, useCellSeverity, type EvaluationStore } from './evaluation-store'
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
  const severity = useCellSeverity(store, path)
  const messages = useCellMessages(store, path)
  const field = register(cellField(path))
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
      aria-describedby={messages ? 'cell-tip' : undefined}
      title={messages || undefined}
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
    />
  )
})
