/**
 * Reads a saved web page (.html/.htm, or one-file .mht) into a ReadDocument: decoded by its declared charset (charset.ts),
 * parsed without a DOM, the report found inside the page (find-report.ts) and read into paragraphs and
 * expanded tables (html-blocks.ts). Never throws.
 *
 * @example
 * const r = readHtml(bytes)
 * if (!r.ok) show(r.message) // 「网页中没有找到年度报告的正文…」
 */
import { MESSAGES, ReadStop, type ReadOptions } from '../limits'
import type { ReadBlock, ReadResult } from '../types'
import { decodePage } from './charset'
import { findReport, holdsTitle, titleBefore } from './find-report'
import { type HtmlContext, readBlocks } from './html-blocks'
import { elementLines } from './html-text'
import { isMime, mhtPage } from './mht'
import { parseHtml } from './tree'

export function readHtml(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    const page = isMime(bytes) ? mhtPage(bytes) : decodePage(bytes)
    if (!page) return { ok: false, message: MESSAGES.noReport }
    return readHtmlText(page.text, options, page.notices)
  } catch (e) {
    if (e instanceof ReadStop) return { ok: false, message: e.userMessage }
    return { ok: false, message: MESSAGES.unexpected(e instanceof Error ? e.message : String(e)) }
  }
}

/** The same from text already decoded (a pasted HTML clipboard, an .mht part). */
export function readHtmlText(html: string, options: ReadOptions = {}, notices: readonly string[] = []): ReadResult {
  try {
    const root = parseHtml(html)
    const container = findReport(root)
    if (!container) return { ok: false, message: MESSAGES.noReport }
    const title = holdsTitle(elementLines(container)) ? undefined : titleBefore(root, container)
    const ctx: HtmlContext = { options, paragraphs: 0, tables: 0 }
    const blocks: ReadBlock[] = []
    readBlocks(container, ctx, blocks, title ? [title] : [])
    if (!blocks.some((b) => b.kind === 'table')) return { ok: false, message: MESSAGES.noTables }
    return { ok: true, document: { source: 'html', blocks, notices: [...notices] } }
  } catch (e) {
    if (e instanceof ReadStop) return { ok: false, message: e.userMessage }
    return { ok: false, message: MESSAGES.unexpected(e instanceof Error ? e.message : String(e)) }
  }
}
