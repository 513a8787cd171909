import { useEffect, useState } from 'react'
import type { Draft } from '../core/package/draft'
import type { evaluate as Evaluate } from '../core/rules/evaluate'
import { newContent } from '../core/values/new-content'
import { DraftList } from '../features/drafts/draft-list'
import { ImportReportButton } from '../features/import/import-report-button'
import { NewReportForm } from '../features/editor/new-report-form'
import { FORMATS, formatById, formatForYear } from '../../templates'
import { AuditLink } from './audit-link'
import { draftStore } from './draft-store'
import { NextYearFromImport } from './next-year-from-import'

/** Problem counts per draft; undefined until the rule engine has loaded. */
function summarizeWith(evaluate: typeof Evaluate | null) {
  return (draft: Draft) => {
    if (!evaluate) return undefined
    const template = formatById(draft.formatId)
    if (!template) return { errors: 0, warnings: 0 }
    const e = evaluate(template, draft.content)
    return { errors: e.errorCount, warnings: e.warningCount }
  }
}

/** The rule engine loads after the list is shown: it is not part of the first screen's JavaScript budget. */
function useLazyEvaluate(): typeof Evaluate | null {
  const [fn, setFn] = useState<typeof Evaluate | null>(null)
  useEffect(() => {
    let live = true
    void import('../core/rules/evaluate').then((m) => live && setFn(() => m.evaluate))
    return () => {
      live = false
    }
  }, [])
  return fn
}

/** The drafts in this browser and the form that starts a new one. */
export function HomePage({ onOpen }: { onOpen: (id: string) => void }) {
  const [failure, setFailure] = useState<string | null>(null)
  const summarize = summarizeWith(useLazyEvaluate())
  const [today] = useState(() => new Date())
  // a report file dropped on the list opens the import review
  const [dropped, setDropped] = useState<{ file: File } | null>(null)
  const importReport = (
    <ImportReportButton
      dropped={dropped}
      onDroppedTaken={() => setDropped(null)}
      renderExtraActions={(outcome) => <NextYearFromImport outcome={outcome} onOpen={onOpen} />}
      onCreate={async ({ content, template }) => {
        const created = await draftStore.createDraft(content, template)
        if (!created.ok) return created
        onOpen(created.draft.id)
        return { ok: true }
      }}
    />
  )
  return (
    <main className="home">
      <NewReportForm
        defaultYear={today.getFullYear() - 1}
        pickFormat={(year) => formatForYear(year, today)}
        onCreate={async (meta) => {
          const picked = formatForYear(meta.year, today)
          if (!picked.ok) return setFailure(picked.message)
          const created = await draftStore.createDraft(newContent(picked.template, meta), picked.template)
          if (created.ok) onOpen(created.draft.id)
          else setFailure(`${created.message}（报告未能创建）`)
        }}
      />
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">本浏览器中的报告</h2>
        <AuditLink />
        {failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
        <DraftList heading={null} store={draftStore} formats={FORMATS} summarize={summarize} onOpen={onOpen} onNew={() => document.querySelector<HTMLInputElement>('input[aria-label="机关名称"]')?.focus()} actions={importReport} onDropFile={(file) => setDropped({ file })} />
      </section>
    </main>
  )
}
