/**
 * Bytes and a file name → the imported report: readSource then importDocument. Runs in the worker, and
 * in the page where there is no Worker (tests). pdf.js is loaded only for a PDF.
 */
import { importDocument } from '../core/import/import-document'
import type { ReadResult } from '../core/read/types'
import { FORMATS } from '../../templates'
import type { ReadReportReply, ReadReportRequest } from './read-report-types'

// TODO(import-review): replace with readSource (read-docx-html) once it is on main
async function readSource(bytes: Uint8Array, fileName: string, deps: { pdfjs?: unknown; timeLimitMs: number }): Promise<ReadResult> {
  const deadline = Date.now() + deps.timeLimitMs
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return (await import('../core/read/docx/read-docx')).readDocx(bytes, { deadline, timeLimitMs: deps.timeLimitMs })
  if (isPdf(bytes)) return { ok: false, message: 'PDF 读取尚未接入，请改用 .docx 或网页文件。' }
  if (/\.(html?|mht)$/i.test(fileName) || /<(?:!doctype|html|body|table|p)\b/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) {
    return (await import('../core/read/html/read-html')).readHtml(bytes, { deadline, timeLimitMs: deps.timeLimitMs })
  }
  return { ok: false, message: '无法识别的文件类型。请选择报告的 Word 文档（.docx）、网页（.html）或 PDF。' }
}

const isPdf = (b: Uint8Array) => b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d

export async function readReport(req: ReadReportRequest): Promise<ReadReportReply> {
  try {
    const pdfjsLoadMs: number | undefined = undefined
    const pdfjs = undefined
    const t0 = performance.now()
    const read = await readSource(req.bytes, req.fileName, { pdfjs, timeLimitMs: req.timeLimitMs })
    const t1 = performance.now()
    if (!read.ok) return read
    const outcome = importDocument(read.document, FORMATS, req.year === undefined ? {} : { year: req.year })
    const t2 = performance.now()
    return {
      ok: true,
      payload: {
        templateId: outcome.template.id,
        content: outcome.content,
        provenance: outcome.provenance,
        findings: outcome.findings,
        yearNeedsConfirmation: outcome.yearNeedsConfirmation,
        source: read.document.source,
        timings: { readMs: t1 - t0, importMs: t2 - t1, ...(pdfjsLoadMs === undefined ? {} : { pdfjsLoadMs }) },
      },
    }
  } catch (e) {
    return { ok: false, message: `读取文件时出现意外错误（${e instanceof Error ? e.message : String(e)}），未导入任何内容。` }
  }
}
