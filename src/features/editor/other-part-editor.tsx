import { LIMITS } from '../../core/schema/content-schema'
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form'
import { feeSentence } from '../../core/document/fee-sentence'
import { FEE_ROW, feeCellPath } from '../../core/template/cell-path'
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

/** The sentence the report will print, updated as the figures change. */
function FeeSentence({ part, group, control }: { part: OtherPart; group: string; control: Control<ReportContent> }) {
  // only the fee fields: a watch on all cells would copy the whole table on every keystroke
  const fees = useWatch({ control, name: fieldName(group, FEE_ROW) })
  return (
    <p className="fee-sentence" aria-live="polite">
      报告中将写作：{feeSentence(part, { [group]: { fees: fees ?? {} } })}
    </p>
  )
}

/** Part 六: the 信息处理费 figures (when the format has them) that produce the standard sentence, then free text. */
export function OtherPartEditor({ part, marks, register, control, onInput, onCommit }: Props) {
  const fees = part.fees
  return (
    <div className="other-part">
      {fees && (
        <fieldset className="fee-fields">
          <legend>{fees.title}</legend>
          <p className="hint">各项均为0时，报告中写作“{fees.allZero}”</p>
          <div className="fee-grid">
            {fees.fields.map((f) => {
              const path = feeCellPath(fees.group, f.id)
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
          <FeeSentence part={part} group={fees.group} control={control} />
        </fieldset>
      )}
      <label className="block-label" htmlFor="field-other">
        其他需要报告的事项
      </label>
      <textarea id="field-other" {...register('other')} maxLength={LIMITS.longText} data-field="other" placeholder={part.prompt} rows={5} />
    </div>
  )
}
