import { memo, useMemo } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { LIMITS } from '../../core/schema/content-schema'
import type { CellKind, CellPath } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import type { CellMarks } from './cell-marks'
import { fieldName } from './field-names'

interface Props {
  readonly path: CellPath
  readonly label: string
  readonly kind: CellKind
  /** writes the cell's mark (data-severity, aria-invalid) onto the input as problems come and go */
  readonly marks: CellMarks
  readonly register: UseFormRegister<ReportContent>
  /** a keystroke's value, into the form without react-hook-form's dirty tracking (see use-cell-actions) */
  readonly onInput: (path: CellPath, value: string) => void
  readonly onCommit: (path: CellPath, input: HTMLInputElement) => void
}

/** One editable number; uncontrolled (react-hook-form), never re-rendered by a keystroke. */
export const CellInput = memo(function CellInput({ path, label, kind, marks, register, onInput, onCommit }: Props) {
  const field = useMemo(() => register(fieldName(path)), [register, path])
  const ref = useMemo(() => {
    const mark = marks.attach(path)
    return (el: HTMLInputElement | null) => {
      field.ref(el)
      mark(el)
    }
  }, [field, marks, path])
  return (
    <input
      {...field}
      ref={ref}
      onChange={(e) => onInput(path, e.currentTarget.value)}
      onBlur={(e) => {
        onCommit(path, e.currentTarget)
        return field.onBlur(e)
      }}
      className="cell-input"
      maxLength={LIMITS.cellText}
      data-path={path}
      aria-label={label}
      aria-describedby="cell-tip"
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
    />
  )
})
