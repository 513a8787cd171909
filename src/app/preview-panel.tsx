import { useMemo } from 'react'
import { buildDocModel } from '../core/document/build-doc-model'
import type { DocFonts } from '../core/document/fonts'
import { evaluate } from '../core/rules/evaluate'
import type { ReportTemplate } from '../core/template/types'
import type { ReportContent } from '../core/values/types'
import { PreviewPages } from '../features/preview/preview-pages'
import { PrintButton } from './print-button'

interface Props {
  readonly template: ReportTemplate
  readonly content: ReportContent
  readonly fonts: DocFonts
}

/** The document as it will be downloaded, page by page; a report with errors previews as a draft. */
export default function PreviewPanel({ template, content, fonts }: Props) {
  const { model, problems } = useMemo(() => {
    const evaluation = evaluate(template, content)
    return { model: buildDocModel(template, content, evaluation, { draft: evaluation.errorCount > 0 }), problems: evaluation.problems }
  }, [template, content])
  return (
    <section className="preview-panel" aria-label="预览">
      <div className="preview-print-bar">
        <PrintButton />
      </div>
      <div data-print-target="">
        <PreviewPages model={model} fonts={fonts} problems={problems} />
      </div>
    </section>
  )
}
