import { LIMITS } from '../../core/schema/content-schema'
import { useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form'
import { chineseNumber as chineseOrdinal } from '../../core/document/numbering'
import type { OverviewPart } from '../../core/template/types'
import type { ReportContent, UnitType } from '../../core/values/types'
import { useEditorAids } from './editor-aids'
import { SubsectionAids } from './last-year-lazy'
import { subsectionRef } from '../../core/rules/field-ref'
import { fieldName } from './field-names'

interface Props {
  readonly part: OverviewPart
  readonly control: Control<ReportContent>
  readonly register: UseFormRegister<ReportContent>
  readonly unitType: UnitType
  readonly onStructureChange: () => void
}

interface BodyProps {
  readonly index: number
  readonly no: string
  readonly control: Control<ReportContent>
  readonly register: UseFormRegister<ReportContent>
  readonly placeholder: string
}

/** The text of a sub-section, named after its current title (a renamed section is named right at once). */
function SubsectionBody({ index, no, control, register, placeholder }: BodyProps) {
  const title = useWatch({ control, name: fieldName(index, 'title') })
  return <textarea {...register(fieldName(index, 'body'))} maxLength={LIMITS.longText} aria-label={`${no}${title ?? ''}内容`} placeholder={placeholder} rows={5} />
}

let nextId = 0
const newId = () => `s${Date.now().toString(36)}${(nextId++).toString(36)}`

/** Part 一 as sub-sections （一）（二）…: the required topics prefilled; add, remove, reorder. */
export function OverviewEditor({ part, control, register, unitType, onStructureChange }: Props) {
  const array = useFieldArray({ control, name: 'overview', keyName: 'key' })
  const aids = useEditorAids()
  const { fields } = array
  const then =
    <A extends unknown[]>(op: (...args: A) => void) =>
    (...args: A) => {
      op(...args)
      onStructureChange()
    }
  const append = then(array.append)
  const remove = then(array.remove)
  const move = then(array.move)
  const gov = part.governmentTopic
  // a draft stores at most this many: one more could not be saved
  const full = fields.length >= LIMITS.subsections
  const missingGov = unitType === 'government' && gov && !fields.some((f) => f.topicId === gov.id)
  const prompts = new Map([...part.topics, ...(gov ? [gov] : [])].map((t) => [t.id, t.prompt]))
  return (
    <div className="overview">
      {fields.map((f, i) => {
        const no = `（${chineseOrdinal(i + 1)}）`
        return (
          <fieldset key={f.key} className="subsection" data-field={subsectionRef(f.id)}>
            <legend className="visually-hidden">第{chineseOrdinal(i + 1)}小节</legend>
            <div className="subsection-head">
              <span className="subsection-no">{no}</span>
              <input {...register(fieldName(i, 'title'))} maxLength={LIMITS.shortText} aria-label={`${no}小节标题`} className="subsection-title" />
              <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`${no}上移`}>↑</button>
              <button type="button" onClick={() => move(i, i + 1)} disabled={i === fields.length - 1} aria-label={`${no}下移`}>↓</button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(`删除小节「${f.title || no}」及其内容？`)) remove(i)
                }}
                aria-label={`删除${no}小节`}
              >
                删除
              </button>
            </div>
            <SubsectionBody
              index={i}
              no={no}
              control={control}
              register={register}
              placeholder={(f.topicId && prompts.get(f.topicId)) || '本小节的内容'}
            />
            {aids && <SubsectionAids aids={aids} index={i} fieldId={f.id} />}
          </fieldset>
        )
      })}
      <div className="subsection-actions">
        <button type="button" onClick={() => append({ id: newId(), title: '', body: '' })} disabled={full} title={full ? `最多${LIMITS.subsections}个小节` : undefined}>
          添加小节
        </button>
        {missingGov && gov && (
          <button type="button" onClick={() => append({ id: gov.id, title: gov.title, body: '', topicId: gov.id })} disabled={full}>
            添加“{gov.title}”（人民政府必填）
          </button>
        )}
      </div>
    </div>
  )
}
