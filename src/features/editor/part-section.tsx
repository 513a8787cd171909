import { LIMITS } from '../../core/schema/content-schema'
import { memo } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { assertNever } from '../../lib/assert-never'
import type { CompiledTemplate } from '../../core/template-compile/compile'
import type { Part } from '../../core/template/types'
import type { ReportContent, UnitType } from '../../core/values/types'
import type { CellMarks } from './cell-marks'
import type { EvaluationStore } from './evaluation-store'
import { useEditorAids } from './editor-aids'
import { LastYearMeasures } from './last-year-lazy'
import { OtherPartEditor } from './other-part-editor'
import { OverviewEditor } from './overview-editor'
import { TableGrid } from './table-grid'
import type { CellActions } from './use-cell-actions'

interface Props {
  readonly part: Part
  readonly compiled: CompiledTemplate
  readonly store: EvaluationStore
  readonly marks: CellMarks
  readonly form: UseFormReturn<ReportContent>
  readonly unitType: UnitType
  readonly manualTotals: boolean
  readonly onToggleManual: (tableId: string, manual: boolean) => void
  readonly actions: CellActions
  /** sub-sections added, removed or moved: no input event tells the editor */
  readonly onStructureChange: () => void
}

function hasTotals(compiled: CompiledTemplate, tableId: string): boolean {
  for (const path of compiled.computedBy.keys()) if (compiled.cells.get(path)?.tableId === tableId) return true
  return false
}

/** One of the six parts under its canonical heading. */
export const PartSection = memo(function PartSection({ part, compiled, store, marks, form, unitType, manualTotals, onToggleManual, actions, onStructureChange }: Props) {
  const { register, control } = form
  const aids = useEditorAids()
  const body = () => {
    switch (part.kind) {
      case 'overview':
        return <OverviewEditor part={part} control={control} register={register} unitType={unitType} onStructureChange={onStructureChange} />
      case 'table':
        return (
          <>
            {/* 表二 has no totals: a switch for them would only puzzle the user */}
            {hasTotals(compiled, part.table.id) && (
              <label className="manual-toggle">
                <input type="checkbox" checked={manualTotals} onChange={(e) => onToggleManual(part.table.id, e.currentTarget.checked)} />
                手动填写{part.table.name}的合计（默认自动计算；手动时由系统核对）
              </label>
            )}
            <TableGrid
              table={part.table}
              compiled={compiled}
              store={store}
              marks={marks}
              manualTotals={manualTotals}
              register={register}
              onInput={actions.input}
              onCommit={actions.commit}
              onPaste={actions.paste}
            />
          </>
        )
      case 'text':
        return (
          <>
            {aids && <LastYearMeasures aids={aids} />}
            <textarea {...register('problems')} maxLength={LIMITS.longText} data-field="problems" aria-label={part.heading} placeholder={part.prompt} rows={8} />
          </>
        )
      case 'other':
        return <OtherPartEditor part={part} marks={marks} register={register} control={control} onInput={actions.input} onCommit={actions.commit} />
      default:
        return assertNever(part)
    }
  }
  return (
    <section className="part" id={`part-${part.id}`} aria-labelledby={`heading-${part.id}`}>
      <h2 id={`heading-${part.id}`} className="part-heading">
        {part.heading}
      </h2>
      {body()}
    </section>
  )
})
