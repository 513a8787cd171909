import { useState } from 'react'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import type { DraftStore } from './draft-store'

interface Props {
  readonly draft: Draft
  readonly store: DraftStore
  readonly formats: readonly ReportTemplate[]
  readonly onOpen: (id: string) => void
  readonly onRefused: (message: string) => void
}

/**
 * 「以此为上年，开始{Y+1}年度报告」: a new draft from this one (上年结转 carried, last year attached as the
 * basis), opened at once.
 */
export function StartNextYearButton({ draft, store, formats, onOpen, onRefused }: Props) {
  const [busy, setBusy] = useState(false)
  const label = `以此为上年，开始${draft.content.year + 1}年度报告`
  const start = async () => {
    setBusy(true)
    // loaded on the click: the first screen does not carry the year-over-year code
    const { nextYearOf } = await import('../../core/year-over-year/next-year-of')
    const next = nextYearOf(formats, draft.formatId, draft.content, draft.name)
    if (!next.ok) {
      setBusy(false)
      return onRefused(next.message)
    }
    const created = await store.createDraft(next.content, next.template)
    setBusy(false)
    if (created.ok) onOpen(created.draft.id)
    else onRefused(`${created.message}（${draft.content.year + 1}年度报告未能创建）`)
  }
  return (
    <button type="button" disabled={busy} aria-label={`${label}：${draft.name}`} onClick={() => void start()}>
      {label}
    </button>
  )
}
