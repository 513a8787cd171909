/**
 * Reads a published report file off the main thread: a fresh Web Worker per file, terminated when it runs
 * past the time limit (a hostile or huge file must not hang the page). Never throws; every failure is a
 * message in Chinese.
 *
 * @example
 * const r = await readReportFile(file, { timeLimitMs: 20_000 })
 * if (r.ok) showReview(r.outcome)
 */
import type { ImportOutcome } from '../core/import/types'
import type { SourceKind } from '../core/read/types'
import type { ReportTemplate } from '../core/template/types'
import { formatById } from '../../templates'
import type { ReadReportPayload, ReadReportReply, ReadReportRequest } from './read-report-types'

export type ReadReportResult =
  | { readonly ok: true; readonly outcome: ImportOutcome; readonly source: SourceKind; readonly timings: ReadReportPayload['timings'] }
  | { readonly ok: false; readonly message: string }

export interface ReadReportOptions {
  /** default 20 s */
  readonly timeLimitMs?: number
  readonly year?: number
}

/** Refused before reading: a file this big is not a report, and reading it would freeze the tab. */
export const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024
const DEFAULT_LIMIT_MS = 20_000

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
export const MESSAGES = {
  tooBig: (n: number) => `文件太大（${mb(n)}），超过${mb(MAX_REPORT_FILE_BYTES)}，不像是一份年度报告。请选择报告的 .docx、网页或 PDF 文件。`,
  unreadable: '浏览器未能读取该文件（可能已被移动或删除），请重新选择。',
  timeout: (ms: number) => `读取超过${Math.round(ms / 1000)}秒仍未完成，已停止。文件可能过大或已损坏；请尝试将报告另存为 .docx 后再导入，或复制报告文字粘贴导入。`,
  crashed: '读取文件时出错，已停止，未导入任何内容。请尝试将报告另存为 .docx 后再导入。',
  unknownFormat: '读取结果使用了未知的报告格式，未导入。',
}

function toResult(reply: ReadReportReply, formats: (id: string) => ReportTemplate | undefined): ReadReportResult {
  if (!reply.ok) return reply
  const p = reply.payload
  const template = formats(p.templateId)
  if (!template) return { ok: false, message: MESSAGES.unknownFormat }
  const outcome: ImportOutcome = { template, content: p.content, provenance: p.provenance, findings: p.findings, yearNeedsConfirmation: p.yearNeedsConfirmation }
  return { ok: true, outcome, source: p.source, timings: p.timings }
}

async function bytesOf(file: File | { name: string; bytes: Uint8Array }): Promise<Uint8Array | string> {
  if (!(file instanceof Blob)) return file.bytes.length > MAX_REPORT_FILE_BYTES ? MESSAGES.tooBig(file.bytes.length) : file.bytes
  if (file.size > MAX_REPORT_FILE_BYTES) return MESSAGES.tooBig(file.size)
  try {
    return new Uint8Array(await file.arrayBuffer())
  } catch {
    return MESSAGES.unreadable
  }
}

export async function readReportFile(file: File | { name: string; bytes: Uint8Array }, opts: ReadReportOptions = {}): Promise<ReadReportResult> {
  const bytes = await bytesOf(file)
  if (typeof bytes === 'string') return { ok: false, message: bytes }
  const timeLimitMs = opts.timeLimitMs ?? DEFAULT_LIMIT_MS
  const request: ReadReportRequest = { bytes, fileName: file.name, timeLimitMs, ...(opts.year === undefined ? {} : { year: opts.year }) }
  const started = performance.now()
  const measured = (r: ReadReportResult): ReadReportResult => {
    // for the bench: the whole read, with the worker's own split (pdf.js loading apart)
    if (r.ok) performance.measure('nianbao:import', { start: started, end: performance.now(), detail: r.timings })
    return r
  }
  if (typeof Worker === 'undefined') {
    // no Worker (unit tests in jsdom): the same code in this thread
    const { readReport } = await import('./read-report-core')
    return measured(toResult(await readReport(request), formatById))
  }
  return new Promise<ReadReportResult>((resolve) => {
    const worker = new Worker(new URL('./read-report.worker.ts', import.meta.url), { type: 'module' })
    const finish = (r: ReadReportResult) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(r)
    }
    // the reader checks its own deadline; this one is for a reader stuck in one long step
    const timer = setTimeout(() => finish({ ok: false, message: MESSAGES.timeout(timeLimitMs) }), timeLimitMs + 1000)
    worker.onmessage = (e: MessageEvent<ReadReportReply>) => finish(measured(toResult(e.data, formatById)))
    worker.onerror = (e) => {
      e.preventDefault()
      finish({ ok: false, message: MESSAGES.crashed })
    }
    worker.onmessageerror = () => finish({ ok: false, message: MESSAGES.crashed })
    worker.postMessage(request)
  })
}

/** Pasted text: read in the page (it is small), through the same pipeline as files. */
export async function readReportText(text: string, opts: Pick<ReadReportOptions, 'year'> = {}): Promise<ReadReportResult> {
  if (text.trim() === '') return { ok: false, message: '没有可读取的文字，请先粘贴报告全文。' }
  if (text.length > 2_000_000) return { ok: false, message: '粘贴的文字过长，不像是一份年度报告。' }
  const [{ readText }, { importDocument }, { FORMATS }] = await Promise.all([import('../core/read/text/read-text'), import('../core/import/import-document'), import('../../templates')])
  const t0 = performance.now()
  const doc = readText(text)
  const t1 = performance.now()
  const outcome = importDocument(doc, FORMATS, opts.year === undefined ? {} : { year: opts.year })
  return { ok: true, outcome, source: 'text', timings: { readMs: t1 - t0, importMs: performance.now() - t1 } }
}
