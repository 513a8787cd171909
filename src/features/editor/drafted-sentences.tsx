import { useCallback, useSyncExternalStore } from 'react'
import type { SentenceKind } from '../../core/values/types'
import { insertSentence, sentenceStatuses, updateSentence } from '../../core/year-over-year/drafted'
import { draftSentence, sentenceLabel } from '../../core/year-over-year/sentences'
import type { EditorAids } from './editor-aids'
import { fieldName } from './field-names'

interface Props {
  readonly aids: EditorAids
  readonly index: number
  readonly fieldId: string
  readonly kinds: readonly SentenceKind[]
}

/**
 * Sentences drafted from the tables for one sub-section: inserted only on request; a tracked one whose
 * figures no longer match the tables says 「数据已变化」 with a one-click update.
 */
export function DraftedSentences({ aids, index, fieldId, kinds }: Props) {
  const { form, store, template, batch, announce } = aids
  const stale = useSyncExternalStore(
    store.subscribe,
    useCallback(() => {
      const content = form.getValues()
      if (!content.drafted?.some((d) => d.field === fieldId)) return ''
      return sentenceStatuses(template, content, store.get())
        .filter((s) => s.entry.field === fieldId && s.stale)
        .map((s) => s.entry.kind)
        .join(',')
    }, [form, store, template, fieldId]),
  )
  const write = (next: ReturnType<typeof insertSentence>) =>
    batch(() => {
      form.setValue(fieldName(index, 'body'), next.overview[index]?.body ?? '')
      form.setValue('drafted', next.drafted)
    })
  const insert = (kind: SentenceKind) => {
    const content = form.getValues()
    const made = draftSentence(kind, template, store.get(), content.year, content.basis)
    if (!made.ok) return announce(made.message, 'alert')
    write(insertSentence(content, fieldId, kind, made.text))
    announce(`已插入：${made.text}`, 'status')
  }
  const update = (kind: SentenceKind) => {
    const content = form.getValues()
    const status = sentenceStatuses(template, content, store.get()).find((s) => s.entry.field === fieldId && s.entry.kind === kind)
    if (!status?.fresh) return announce('表格中还有空白或无法识别的单元格，暂时无法更新这句话', 'alert')
    write(updateSentence(content, status.entry, status.fresh))
    announce('已按表格中的数字更新', 'status')
  }
  return (
    <div className="drafted">
      {stale &&
        stale.split(',').map((kind) => (
          <p key={kind} className="drafted-stale" role="status">
            数据已变化：插入的“{sentenceLabel(kind as SentenceKind, template)}”与表格不一致{' '}
            <button type="button" onClick={() => update(kind as SentenceKind)}>
              更新为表格中的数字
            </button>
          </p>
        ))}
      {kinds.map((kind) => (
        <button key={kind} type="button" className="link-button" onClick={() => insert(kind)}>
          插入根据表格生成的句子：{sentenceLabel(kind, template)}
        </button>
      ))}
    </div>
  )
}
