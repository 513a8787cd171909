import { lazy, Suspense, useState, type ReactNode } from 'react'
import type { ImportOutcome } from '../../core/import/types'
import type { CreateResult } from './import-report-dialog'

// the dialog, the review and the readers load on first use: not in the first screen's JavaScript
const ImportReportDialog = lazy(() => import('./import-report-dialog').then((m) => ({ default: m.ImportReportDialog })))

export interface ImportReportProps {
  /** a file dropped on the draft list; a new object each drop */
  readonly dropped?: { readonly file: File } | null
  readonly onDroppedTaken?: () => void
  readonly onCreate: (outcome: ImportOutcome) => Promise<CreateResult>
  /** e.g. 「以此为上年，开始{Y+1}年度报告」 (year-over-year) */
  readonly renderExtraActions?: (outcome: ImportOutcome) => ReactNode
}

/** The 导入已发布的报告 button on the draft list, and the dialog it opens (also for a dropped file). */
export function ImportReportButton({ dropped, onDroppedTaken, onCreate, renderExtraActions }: ImportReportProps) {
  const [open, setOpen] = useState(false)
  const file = dropped?.file
  const showing = open || file !== undefined
  const close = () => {
    setOpen(false)
    onDroppedTaken?.()
  }
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        导入已发布的报告
      </button>
      {showing && (
        <Suspense fallback={<p role="status">正在加载导入功能…</p>}>
          <ImportReportDialog
            key={file ? `${file.name}-${file.lastModified}-${file.size}` : 'chosen'}
            initialFile={file}
            onClose={close}
            renderExtraActions={renderExtraActions}
            onCreate={async (outcome) => {
              const r = await onCreate(outcome)
              if (r.ok) close()
              return r
            }}
          />
        </Suspense>
      )}
    </>
  )
}
