import { LIMITS } from '../../core/schema/content-schema'
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form'
import { feeSentence } from '../../core/document/fee-sentence'
import { cellPath } from '../../core/template/cell-path'
import type { CellPath, OtherPart } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { CellInput } from './cell-input'
import type { CellMarks } from './cell-marks'
import { fieldName } from './field-names'

interface Props {
  readonly part: OtherPart
  readonly marks: CellMarks
  readonly register: UseFormRegister<ReportContent>
  readonly control: Control<ReportContent>
  readonly onInput: (path: CellPath, value: string) => void
  readonly onCommit: (path: CellPath, input: HTMLInputElement) => void
}

/** Part 六: the three 信息处理费 figures (2021 format) that produce the standard sentence, then free text. */
/** The sentence the report will print, updated as the three figures change. */
function FeeSentence({ part, control }: { part: OtherPart; control: Control<ReportContent> }) {
  const group = part.fees?.group ?? 'p6'
  // only the fee fields: a watch on all cells would copy the whole table on every keystroke
  const fees = useWatch({ control, name: fieldName(group, 'fees') })
  return (
    <p className="fee-sentence" aria-live="polite">
      报告中将写作：{feeSentence(part, { [group]: { fees: fees ?? {} } })}
    </p>
  )
}

export function OtherPartEditor({ part, marks, register, control, onInput, onCommit }: Props) {
  return (
    <div className="other-part">
      {part.fees && (
        <fieldset className="fee-fields">
          <legend>信息处理费（国办函〔2020〕109号）</legend>
          <p className="hint">三项均为0时，报告中写作“本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。”</p>
          <div className="fee-grid">
            {part.fees.fields.map((f) => {
              const path = cellPath(part.fees?.group ?? 'p6', 'fees', f.id)
              return (
                <label key={f.id} className="fee-field">
                  <span>
                    {f.label}（{f.unit}）
                  </span>
                  <CellInput path={path} label={`${f.label}（${f.unit}）`} kind={f.cellKind} marks={marks} register={register} onInput={onInput} onCommit={onCommit} />
                </label>
              )
            })}
          </div>
          <FeeSentence part={part} control={control} />
        </fieldset>
      )}
      <label className="block-label" htmlFor="field-other">
        其他需要报告的事项
      </label>
      <textarea id="field-other" {...register('other')} maxLength={LIMITS.longText} data-field="other" placeholder={part.prompt} rows={5} />
    </div>
  )
}
