import { useCallback } from 'react'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import { AuditPage } from '../features/audit/audit-page'
import { formatById } from '../../templates'
import { CheckSheetControls } from './check-sheet-controls'
import { draftStore } from './draft-store'

/** 审核 composed with the app's draft store, the editor route and the 勾稽校验单 (export + preview). */
export default function AuditScreen({ onOpen, onBack }: { onOpen: (id: string) => void; onBack: () => void }) {
  const listDrafts = useCallback(async () => {
    const r = await draftStore.listDrafts()
    return r.ok ? r.drafts : []
  }, [])
  const createDraft = useCallback(
    async (content: ReportContent, template: ReportTemplate) => {
      const r = await draftStore.createDraft(content, template, `${content.agency.trim() || '汇总报告'} ${content.year}年度（汇总）`)
      if (!r.ok) return `${r.message}（汇总报告未能创建）`
      onOpen(r.draft.id)
      return null
    },
    [onOpen],
  )
  return (
    <AuditPage
      formatById={formatById}
      listDrafts={listDrafts}
      createDraft={createDraft}
      checkSheet={(template, content) => <CheckSheetControls template={template} getContent={() => content} />}
      onBack={onBack}
    />
  )
}
