import { importDocument } from '../import/import-document'
import type { ImportOutcome } from '../import/types'
import { readDocx } from '../read/docx/read-docx'
import { readHtml } from '../read/html/read-html'
import { readPdf } from '../read/pdf/read-pdf'
import type { PdfJsLike } from '../read/pdf/pdfjs-like'
import type { ReadResult } from '../read/types'
import type { ReportTemplate } from '../template/types'
import type { CellPath } from '../template/types'
import type { DocumentReaders, ImportedLike } from './audit-source'

const MISSING_ALL = '没有找到年报的统计表格，无法审核（可能不是年度报告，或是扫描件）'

/**
 * What audit takes from an import: the evidence of each cell, and 部分 when tables or cells were not
 * found (the findings say which). A document with no table cell read at all is no report.
 */
export function fromOutcome(o: ImportOutcome): ImportedLike | { readonly ok: false; readonly reason: string } {
  const entries = Object.values(o.provenance)
  const missing = entries.filter((p) => p.how === 'missing').length
  if (entries.length > 0 && missing === entries.length) return { ok: false, reason: MISSING_ALL }
  const serious = o.findings.filter((f) => f.severity === 'error').map((f) => f.message)
  const reasons = [...(missing > 0 ? [`${missing}个单元格未找到`] : []), ...serious.slice(0, 2)]
  if (o.yearNeedsConfirmation) reasons.push('标题中没有年度，年度为推断')
  return {
    template: o.template,
    content: o.content,
    trace: (path: CellPath) => {
      const p = o.provenance[path]
      return p ? { raw: p.raw, where: p.where } : undefined
    },
    partialReason: reasons.join('；'),
  }
}

function extension(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
}

/**
 * core's readers and importer as audit's DocumentReaders; pdf.js is loaded by the caller (browser or
 * node) only when a PDF comes along.
 */
export function coreReaders(getPdfjs?: () => Promise<PdfJsLike>, timeLimitMs?: number): DocumentReaders {
  return {
    read: async (bytes: Uint8Array, name: string): Promise<ReadResult> => {
      const ext = extension(name)
      const isPdf = ext === 'pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
      if (isPdf) {
        if (!getPdfjs) return { ok: false, message: '此环境不能读取 PDF' }
        return readPdf(bytes, await getPdfjs(), timeLimitMs ? { timeLimitMs } : {})
      }
      const limits = timeLimitMs ? { timeLimitMs, deadline: Date.now() + timeLimitMs } : {}
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readDocx(bytes, limits)
      if (ext === 'doc' || ext === 'wps' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) return { ok: false, message: '旧版 Word（.doc/.wps）文件无法读取，请另存为 .docx' }
      return readHtml(bytes, limits)
    },
    import: (doc, formats: readonly ReportTemplate[]) => fromOutcome(importDocument(doc, formats)),
  }
}
