import { lazy, Suspense, useState } from 'react'
import { checkSheetModel } from '../core/audit/check-sheet'
import { fingerprint } from '../core/audit/fingerprint'
import type { DocModel } from '../core/document/types'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import { downloadText, safeFileName } from '../ui/download'
import { PrintButton } from './print-button'

const PreviewPages = lazy(() => import('../features/preview/preview-pages').then((m) => ({ default: m.PreviewPages })))

async function sheetOf(template: ReportTemplate, content: ReportContent, source?: string): Promise<DocModel> {
  return checkSheetModel(template, content, { fingerprint: await fingerprint(template, content), at: new Date().toISOString(), source })
}

const fileName = (content: ReportContent) => `${safeFileName(`${content.agency || '未命名机关'}${content.year}年度报告勾稽校验单`)}.docx`

/**
 * The 勾稽校验单 of one report: as a .docx through the app's one renderer, and as printable A4 pages
 * through the preview. Used in the review (per report) and in the editor's toolbar.
 */
export function CheckSheetControls({ template, getContent, source }: { template: ReportTemplate; getContent: () => ReportContent; source?: string }) {
  const [sheet, setSheet] = useState<DocModel | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const download = async () => {
    const content = getContent()
    const [{ renderDocx }, model] = await Promise.all([import('../features/export/render-docx'), sheetOf(template, content, source)])
    const ok = downloadText(await renderDocx(model), fileName(content))
    setMessage(ok ? null : '浏览器未能下载文件')
  }
  return (
    <span className="check-sheet-controls">
      <button type="button" onClick={() => void download()}>
        校验单（Word）
      </button>
      <button type="button" onClick={() => void sheetOf(template, getContent(), source).then(setSheet)}>
        校验单（打印）
      </button>
      {message && <span role="alert">{message}</span>}
      {sheet && (
        <div className="print-overlay" role="dialog" aria-label="勾稽校验单">
          <div className="print-overlay-bar">
            <PrintButton />
            <button type="button" onClick={() => setSheet(null)}>
              关闭
            </button>
          </div>
          <div data-print-target="">
            <Suspense fallback={<p>正在排版…</p>}>
              <PreviewPages model={sheet} />
            </Suspense>
          </div>
        </div>
      )}
    </span>
  )
}
