import { useState } from 'react'
import type { ImportOutcome } from '../core/import/types'
import { FORMATS } from '../../templates'
import { draftStore } from './draft-store'

interface Props {
  readonly outcome: ImportOutcome
  readonly onOpen: (id: string) => void
}

/**
 * On the import review: 「以此为上年，开始{Y+1}年度报告」 starts next year's draft from the report being
 * imported (上年结转 carried, the imported report attached as last year's) without saving it as a draft.
 */
export function NextYearFromImport({ outcome, onOpen }: Props) {
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { content } = outcome
  const start = async () => {
    setBusy(true)
    // loaded on the click: the first screen does not carry the year-over-year code
    const { nextYearOf } = await import('../core/year-over-year/next-year-of')
    const next = nextYearOf(FORMATS, outcome.template.id, content, `${content.agency || '导入的报告'} ${content.year}年度（导入）`)
    const created = next.ok ? await draftStore.createDraft(next.content, next.template) : next
    setBusy(false)
    if (created.ok) onOpen(created.draft.id)
    else setFailure(created.message)
  }
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void start()}>
        以此为上年，开始{content.year + 1}年度报告
      </button>
      {failure && <span role="alert">{failure}</span>}
    </>
  )
}
