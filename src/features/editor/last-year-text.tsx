import { useState, type ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import { lastYearSection, topicOf } from '../../core/year-over-year/last-year-text'
import { indexGrams, similarPassages, type Passage } from '../../core/year-over-year/similarity'
import { DraftedSentences } from './drafted-sentences'
import type { EditorAids } from './editor-aids'
import { fieldName } from './field-names'

/** A text with some stretches marked: the passages found in the other year's text. */
function Marked({ text, spans }: { text: string; spans: readonly (readonly [number, number])[] }) {
  const out: ReactNode[] = []
  let at = 0
  for (const [from, length] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (from < at) continue
    out.push(text.slice(at, from), <mark key={from}>{text.slice(from, from + length)}</mark>)
    at = from + length
  }
  out.push(text.slice(at))
  return <p className="compare-text">{out}</p>
}

function SideBySide({ now, last, passages }: { now: string; last: string; passages: readonly Passage[] }) {
  return (
    <div className="compare" role="group" aria-label="与上年相同的文字">
      <div>
        <h4>本年</h4>
        <Marked text={now} spans={passages.map((p) => [p.at, p.length] as const)} />
      </div>
      <div>
        <h4>上年</h4>
        <Marked text={last} spans={passages.map((p) => [p.lastAt, p.length] as const)} />
      </div>
    </div>
  )
}

function LastYearBody({ aids, index, body, year }: { aids: EditorAids; index: number; body: string; year: number }) {
  const [compared, setCompared] = useState<{ now: string; passages: readonly Passage[] } | null>(null)
  const { form, batch, announce } = aids
  const insert = () => {
    const current = form.getValues(fieldName(index, 'body'))
    batch(() => form.setValue(fieldName(index, 'body'), current.trim() ? `${current.replace(/\s+$/u, '')}\n${body}` : body))
    announce('已插入上年内容，请按本年度情况修改', 'status')
  }
  const compare = () => {
    const now = form.getValues(fieldName(index, 'body'))
    setCompared({ now, passages: similarPassages(now, indexGrams(body)).passages })
  }
  return (
    <details className="last-year">
      <summary>上年内容（{year}年度）</summary>
      <p className="last-year-text">{body}</p>
      <button type="button" onClick={insert}>
        插入上年内容
      </button>{' '}
      <button type="button" onClick={compare}>
        对照相同文字
      </button>
      {compared && (compared.passages.length === 0 ? <p role="status">本小节与上年内容没有大段相同的文字。</p> : <SideBySide now={compared.now} last={body} passages={compared.passages} />)}
    </details>
  )
}

/** Under a part 一 sub-section: the sentences drafted from the tables, and last year's text beside it. */
export function SubsectionAids({ aids, index, fieldId }: { aids: EditorAids; index: number; fieldId: string }) {
  const control = aids.form.control
  const title = useWatch({ control, name: fieldName(index, 'title') }) ?? ''
  const topicId = useWatch({ control, name: fieldName(index, 'topicId') })
  const basis = useWatch({ control, name: 'basis' })
  const overview = aids.template.parts.find((p) => p.kind === 'overview')
  const topics = overview?.kind === 'overview' ? [...overview.topics, ...(overview.governmentTopic ? [overview.governmentTopic] : [])] : []
  const sub = topicId ? { topicId, title } : { title }
  const kinds = topicOf(topics, sub)?.sentences ?? []
  const last = basis ? lastYearSection(basis, sub) : undefined
  return (
    <>
      {kinds.length > 0 && <DraftedSentences aids={aids} index={index} fieldId={fieldId} kinds={kinds} />}
      {basis && last?.body.trim() && <LastYearBody aids={aids} index={index} body={last.body} year={basis.year} />}
    </>
  )
}
