/**
 * Reads a PDF that has a text layer into the neutral ReadDocument: lines rebuilt from the positions of
 * the text runs, tables from their rulings (merged cells expanded), paragraphs joined, page numbers and
 * running headers dropped, CJK compatibility characters normalised. pdf.js is injected (see pdfjs-like.ts).
 * Never throws: a scan, a password, a broken file or a file that takes too long gets a message.
 *
 * @example
 * const result = await readPdf(bytes, await loadPdfjs())
 * if (result.ok) result.document.blocks // paragraphs and tables
 */
import type { ReadBlock, ReadResult } from '../types'
import { dropFurniture } from './furniture'
import { normalizeCjk } from './normalize-cjk'
import { pageBlocks, type PageBlock } from './page-blocks'
import { pageContent } from './page-content'
import { continueTables, type TableRun } from './page-tables'
import { continues, joinLines, margins, type Paragraph, type PlacedLine } from './paragraphs'
import type { PdfDocumentLike, PdfJsLike, PdfLoadingTaskLike } from './pdfjs-like'

export interface ReadPdfOptions {
  /** the whole read gives up after this long (default 30 s) */
  readonly timeLimitMs?: number
  /** pages read at most (default 500); the rest are left out with a notice */
  readonly maxPages?: number
}

const SUGGESTION = '请粘贴报告文字，或打开原.docx文件。'
export const PDF_MESSAGES = {
  scan: `该PDF没有文字层（可能是扫描件），无法读取。${SUGGESTION}`,
  password: `该PDF设有打开密码，无法读取。请在PDF软件中取消密码后再导入，或${SUGGESTION.slice(1)}`,
  broken: `该文件不是有效的PDF，或文件已损坏、不完整，无法读取。${SUGGESTION}`,
  timeout: (s: number) => `读取该PDF超过${s}秒，已停止。文件可能过大或结构异常。${SUGGESTION}`,
  failed: (why: string) => `读取该PDF时出错（${why}），无法读取。${SUGGESTION}`,
} as const

class Timeout extends Error {}

const timers = globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(id: unknown): void }

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJsLike, opts: ReadPdfOptions = {}): Promise<ReadResult> {
  const limit = opts.timeLimitMs ?? 30_000
  let task: PdfLoadingTaskLike | undefined
  let timer: unknown
  try {
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy
    task = pdfjs.getDocument({ data: bytes.slice() })
    const loading = task
    const timeout = new Promise<never>((_, reject) => {
      timer = timers.setTimeout(() => reject(new Timeout()), limit)
    })
    return await Promise.race([loading.promise.then((doc) => readDocument(doc, pdfjs, opts)), timeout])
  } catch (e) {
    return { ok: false, message: failureMessage(e, limit) }
  } finally {
    timers.clearTimeout(timer)
    // frees the worker's copy of the file; never lets a failure escape
    task?.destroy().catch(() => undefined)
  }
}

function failureMessage(e: unknown, limit: number): string {
  if (e instanceof Timeout) return PDF_MESSAGES.timeout(Math.round(limit / 1000))
  const name = (e as { name?: unknown } | null)?.name
  const message = String((e as { message?: unknown } | null)?.message ?? e)
  if (name === 'PasswordException' || /password/i.test(message)) return PDF_MESSAGES.password
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|pdf header|xref|startxref/i.test(message)) return PDF_MESSAGES.broken
  return PDF_MESSAGES.failed(message.slice(0, 120))
}

async function readDocument(doc: PdfDocumentLike, pdfjs: PdfJsLike, opts: ReadPdfOptions): Promise<ReadResult> {
  const notices: string[] = []
  const count = Math.min(doc.numPages, opts.maxPages ?? 500)
  if (count < doc.numPages) notices.push(`该PDF共${doc.numPages}页，只读取了前${count}页`)
  const pages: { height: number; blocks: PageBlock[] }[] = []
  const empty: number[] = []
  for (let n = 1; n <= count; n += 1) {
    const page = await doc.getPage(n)
    const content = await pageContent(page, pdfjs.OPS)
    page.cleanup()
    if (content.runs.length === 0) empty.push(n)
    pages.push({ height: content.height, blocks: pageBlocks(content) })
  }
  if (empty.length === count) return { ok: false, message: PDF_MESSAGES.scan }
  if (empty.length > 0) notices.push(`第${empty.join('、')}页没有文字层（可能是扫描页），未能读取`)

  const { pages: kept } = dropFurniture(pages)
  const blocks = assemble(kept)
  let replaced = 0
  const normal = (text: string) => {
    const r = normalizeCjk(text)
    replaced += r.replaced
    return r.text
  }
  const out: ReadBlock[] = blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, text: normal(b.text) }
      : { ...b, rows: b.rows.map((row) => row.map((cell) => ({ text: normal(cell.text), origin: cell.origin }))) },
  )
  if (replaced > 0) notices.push(`已将${replaced}个康熙部首等兼容汉字按常用汉字读取`)
  return { ok: true, document: { source: 'pdf', blocks: out, notices } }
}

/** Pages in order → paragraphs and tables, a table continued on the next page joined to its start. */
function assemble(pages: readonly (readonly PageBlock[])[]): ReadBlock[] {
  const placed: PlacedLine[] = []
  pages.forEach((blocks, p) => {
    let lineNo = 0
    let afterBreak = true
    for (const b of blocks) {
      if (b.kind === 'table') afterBreak = true
      else {
        lineNo += 1
        placed.push({ line: b.line, page: p + 1, lineNo, afterBreak })
        afterBreak = false
      }
    }
  })
  const m = margins(placed)
  const out: ReadBlock[] = []
  let open: { paragraph: Paragraph; last: PlacedLine } | undefined
  let run: TableRun | undefined
  const closeParagraph = () => {
    if (open) out.push({ kind: 'paragraph', text: open.paragraph.text, where: `第${open.paragraph.page}页第${open.paragraph.lineNo}行` })
    open = undefined
  }
  const closeTable = () => {
    if (run) out.push({ kind: 'table', rows: run.rows, where: run.first === run.last ? `第${run.first}页` : `第${run.first}–${run.last}页` })
    run = undefined
  }
  let k = 0
  pages.forEach((blocks, p) => {
    blocks.forEach((b, i) => {
      if (b.kind === 'table') {
        closeParagraph()
        const continued = run && i === 0 && run.last === p && run.endsPage ? continueTables(run, b, p + 1) : undefined
        if (continued) run = continued
        else {
          closeTable()
          run = { rows: b.rows, xs: b.xs, cellIds: b.cellIds, first: p + 1, last: p + 1, endsPage: false }
        }
        run.endsPage = i === blocks.length - 1
        return
      }
      const line = placed[k++]!
      closeTable()
      if (open && continues(open.last, line, m)) open = { paragraph: { ...open.paragraph, text: joinLines(open.paragraph.text, line.line.text) }, last: line }
      else {
        closeParagraph()
        open = { paragraph: { text: line.line.text, page: line.page, lineNo: line.lineNo }, last: line }
      }
    })
  })
  closeParagraph()
  closeTable()
  return out
}
