import { memo, useState } from 'react'
import { buildDocModel } from '../../core/document/build-doc-model'
import { reportFileName } from '../../core/document/file-name'
import type { DocFonts } from '../../core/document/fonts'
import { evaluate } from '../../core/rules/evaluate'
import type { Evaluation } from '../../core/rules/types'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { downloadText } from '../../ui/download'

interface Props {
  readonly template: ReportTemplate
  /** the latest content, read at the moment of the click */
  readonly getContent: () => ReportContent
  readonly fonts: DocFonts
}

async function generate(template: ReportTemplate, content: ReportContent, evaluation: Evaluation, fonts: DocFonts, draft: boolean) {
  // docx is ~85 KB gzip: loaded on the first download, never on the first screen
  const start = performance.now() // bench/: 'nianbao:docx' times model → .docx blob (lazy chunk included)
  const { renderDocx } = await import('./render-docx')
  const model = buildDocModel(template, content, evaluation, { draft })
  const blob = await renderDocx(model, fonts)
  performance.measure('nianbao:docx', { start })
  if (!downloadText(blob, reportFileName(content, { draft }))) throw new Error('浏览器未能保存文件')
}

/** 「下载 Word」: a final report when there is no error; otherwise, after confirming, a marked draft. */
export const DownloadButton = memo(function DownloadButton({ template, getContent, fonts }: Props) {
  const [pending, setPending] = useState<{ content: ReportContent; evaluation: Evaluation } | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const run = async (content: ReportContent, evaluation: Evaluation, draft: boolean) => {
    setBusy(true)
    setFailure(null)
    try {
      await generate(template, content, evaluation, fonts, draft)
    } catch (e) {
      setFailure(`生成 Word 文件失败：${e instanceof Error ? e.message : String(e)}。请导出数据包保存后重试。`)
    } finally {
      setBusy(false)
    }
  }
  const onClick = () => {
    const content = getContent()
    const evaluation = evaluate(template, content)
    if (evaluation.errorCount > 0) setPending({ content, evaluation })
    else void run(content, evaluation, false)
  }
  const errors = pending?.evaluation.problems.filter((p) => p.severity === 'error') ?? []
  return (
    <>
      <button type="button" className="primary" onClick={onClick} disabled={busy}>
        {busy ? '正在生成…' : '下载 Word'}
      </button>
      {failure && (
        <span role="alert" className="form-error">
          {failure}
        </span>
      )}
      {pending && (
        <ConfirmDialog
          title={`报告还有${errors.length}个错误`}
          confirmLabel="仍然下载草稿"
          cancelLabel="返回修改"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null)
            void run(pending.content, pending.evaluation, true)
          }}
        >
          <p>有错误的报告只能作为草稿下载：文件名带「（草稿）」，文件第一行注明尚有错误未改正。</p>
          <ul>
            {errors.slice(0, 8).map((p) => (
              <li key={p.key}>{p.message}</li>
            ))}
            {errors.length > 8 && <li>……另有{errors.length - 8}个错误</li>}
          </ul>
        </ConfirmDialog>
      )}
    </>
  )
})
