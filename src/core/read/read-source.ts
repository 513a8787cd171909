/**
 * One entry for every source file: sniffs what the bytes are and hands them to the reader for it
 * (.docx → readDocx, Word 2003 XML / Flat OPC → readWordXml, web page (also .mht) → readHtml, PDF → readPdf on the injected pdf.js, text → readText),
 * or explains in Chinese why it cannot (legacy .doc/.wps, .ofd, too big, unknown). Never throws; a time
 * limit bounds the PDF reader, and the synchronous readers check it between blocks (the worker that runs
 * them is terminated past the limit as well).
 *
 * @example
 * const r = await readSource(bytes, '2024年报.docx')
 * if (!r.ok) alert(r.message)
 */
import { decodePage } from './html/charset'
import { DEFAULT_TIME_LIMIT_MS, MAX_FILE_BYTES, MESSAGES, type ReadOptions } from './limits'
import type { PdfJsLike } from './pdf/pdfjs-like'
import { sniff, type SniffedKind } from './sniff'
import type { ReadDocument, ReadResult } from './types'

export interface ReadSourceDeps {
  /** pdf.js (browser build with its worker, or the legacy build in node); without it a PDF gets a message */
  readonly pdfjs?: PdfJsLike
  /** per file; default 20 s */
  readonly timeLimitMs?: number
}

const EXTENSION_KIND: Record<string, string> = { doc: 'Word 文档', docx: 'Word 文档', wps: 'WPS 文档', pdf: 'PDF', html: '网页', htm: '网页', txt: '文本', mht: '网页' }
const CONTENT_NAME: Partial<Record<SniffedKind, string>> = { zip: 'Word 文档（.docx）', pdf: 'PDF', html: '网页（HTML）', text: '文本' }

/** A notice when the name says one thing and the bytes another (a 「.doc」 that is a web page). */
function mismatchNotice(fileName: string, kind: SniffedKind): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const named = ext ? EXTENSION_KIND[ext] : undefined
  const actual = CONTENT_NAME[kind]
  if (!named || !actual || actual.startsWith(named) || (ext === 'mht' && kind === 'html')) return undefined
  return `文件扩展名是「.${ext}」，但内容是${actual}，已按${actual}读取`
}

/** The pasted-text reader (src/core/read/text), loaded with the rest of the readers. */
async function loadTextReader(): Promise<(text: string) => ReadDocument> {
  return (await import('./text/read-text')).readText
}

async function dispatch(bytes: Uint8Array, kind: SniffedKind, deps: ReadSourceDeps, options: ReadOptions): Promise<ReadResult> {
  switch (kind) {
    case 'zip':
      return (await import('./docx/read-docx')).readDocx(bytes, options)
    case 'html':
      return (await import('./html/read-html')).readHtml(bytes, options)
    case 'pdf': {
      if (!deps.pdfjs) return { ok: false, message: MESSAGES.pdfNotReady }
      const { readPdf } = await import('./pdf/read-pdf')
      return readPdf(bytes, deps.pdfjs, { timeLimitMs: options.timeLimitMs })
    }
    case 'ole':
      return { ok: false, message: MESSAGES.legacyDoc }
    case 'word-xml':
      return (await import('./docx/read-word-xml')).readWordXml(bytes, options)
    case 'text': {
      const readText = await loadTextReader()
      const page = decodePage(bytes)
      const document = readText(page.text)
      return { ok: true, document: { ...document, notices: [...page.notices, ...document.notices] } }
    }
    case 'binary':
      return { ok: false, message: MESSAGES.binary }
  }
}

export async function readSource(bytes: Uint8Array, fileName: string, deps: ReadSourceDeps = {}): Promise<ReadResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, message: MESSAGES.binary }
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: MESSAGES.tooBig(bytes.length) }
    if (bytes.length === 0) return { ok: false, message: MESSAGES.empty }
    const timeLimitMs = deps.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    const kind = sniff(bytes)
    const result = await dispatch(bytes, kind, deps, { deadline: Date.now() + timeLimitMs, timeLimitMs })
    const notice = mismatchNotice(String(fileName ?? ''), kind)
    if (!result.ok || !notice) return result
    return { ok: true, document: { ...result.document, notices: [notice, ...result.document.notices] } }
  } catch (e) {
    return { ok: false, message: MESSAGES.unexpected(e instanceof Error ? e.message : String(e)) }
  }
}
