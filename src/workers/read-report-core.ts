/**
 * Bytes and a file name → the imported report: readSource then importDocument. Runs in the worker, and
 * in the page where there is no Worker (tests). pdf.js is loaded only for a PDF, and its loading time is
 * reported apart.
 */
import { importDocument } from '../core/import/import-document'
import type { PdfJsLike } from '../core/read/pdf/pdfjs-like'
import { readSource } from '../core/read/read-source'
import { FORMATS } from '../../templates'
import type { ReadReportReply, ReadReportRequest } from './read-report-types'

const isPdf = (b: Uint8Array) => b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d

export const PDFJS_FAILED = '未能加载PDF读取组件（可能是离线且尚未缓存）。请联网打开一次本应用后重试，或改用该报告的 .docx 文件。'

export async function readReport(req: ReadReportRequest): Promise<ReadReportReply> {
  try {
    let pdfjsLoadMs: number | undefined
    let pdfjs: PdfJsLike | undefined
    if (isPdf(req.bytes)) {
      const started = performance.now()
      try {
        pdfjs = await (await import('../lib/pdfjs-browser')).loadPdfjs()
      } catch {
        return { ok: false, message: PDFJS_FAILED }
      }
      pdfjsLoadMs = performance.now() - started
    }
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
