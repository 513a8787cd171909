/**
 * Reads a .docx into a ReadDocument: the main document part (found through _rels/.rels, else
 * word/document.xml), its numbering and styles for list numbers. Never throws: every failure is a
 * ReadFailure with a Chinese message (not a zip, truncated, zip bomb, DOCTYPE/entities, no tables…).
 *
 * @example
 * const r = readDocx(bytes)
 * if (r.ok) r.document.blocks.filter((b) => b.kind === 'table').length // 3
 */
import { decodeUtf8 } from '../decode-text'
import { readHtml } from '../html/read-html'
import { MESSAGES, ReadStop, type ReadOptions } from '../limits'
import type { ReadBlock, ReadResult } from '../types'
import { type BodyContext, readBlocks } from './docx-blocks'
import { Numbering } from './numbering'
import { unzipParts } from './unzip'
import { attr, childrenOf, kid, parseXml, tagOf, type XmlNode } from './xml'

const MAIN_REL = /\/officeDocument$/

/** XML parts at the top of word/ and the package relationships: small, and all the reader needs. */
const wanted = (name: string) =>
  name === '_rels/.rels' || name === 'word/_rels/document.xml.rels' || /^word\/[^/]+\.(?:xml|html?|xhtml|mht|mhtml)$/i.test(name)

/** w:altChunk parts (web pages a generator embedded; Word converts them on opening), read as web pages. */
function altChunks(files: ReadonlyMap<string, Uint8Array>, options: ReadOptions): (id: string) => readonly ReadBlock[] {
  const rels = files.get('word/_rels/document.xml.rels')
  const targets = new Map<string, string>()
  if (rels) for (const r of parseXml(decodeUtf8(rels), 'document.xml.rels').flatMap(childrenOf)) targets.set(attr(r, 'Id') ?? '', attr(r, 'Target') ?? '')
  return (id) => {
    const target = targets.get(id)
    const bytes = target ? files.get(target.startsWith('/') ? target.slice(1) : `word/${target}`) : undefined
    const r = bytes ? readHtml(bytes, options) : undefined
    return r?.ok ? r.document.blocks : []
  }
}

function mainPartName(files: ReadonlyMap<string, Uint8Array>): string {
  const rels = files.get('_rels/.rels')
  if (rels) {
    for (const r of parseXml(decodeUtf8(rels), '_rels/.rels').flatMap(childrenOf)) {
      const target = attr(r, 'Target')
      if (tagOf(r) === 'Relationship' && MAIN_REL.test(attr(r, 'Type') ?? '') && target) {
        const name = target.replace(/^\//, '')
        if (files.has(name)) return name
      }
    }
  }
  return 'word/document.xml'
}

/** Why a zip is not a .docx, when it is something people confuse with one. */
function otherPackage(names: ReadonlySet<string>): string {
  if (names.has('OFD.xml')) return MESSAGES.ofd
  if (names.has('xl/workbook.xml')) return MESSAGES.otherZip('Excel 表格（.xlsx）')
  if (names.has('ppt/presentation.xml')) return MESSAGES.otherZip('PowerPoint 演示文稿（.pptx）')
  if (names.has('content.xml') && names.has('mimetype')) return MESSAGES.otherZip('OpenDocument 文件（.odt 等）')
  return MESSAGES.notDocx
}

function part(files: ReadonlyMap<string, Uint8Array>, name: string): XmlNode[] {
  const bytes = files.get(name)
  return bytes ? parseXml(decodeUtf8(bytes), name) : []
}

/** The blocks of a w:body, or why there are none worth importing. */
export function readBody(body: XmlNode | undefined, ctx: BodyContext): ReadResult {
  const blocks: ReadBlock[] = []
  readBlocks(childrenOf(body), ctx, blocks)
  if (blocks.length === 0) return { ok: false, message: MESSAGES.noContent }
  if (!blocks.some((b) => b.kind === 'table')) return { ok: false, message: MESSAGES.noTables }
  return { ok: true, document: { source: 'docx', blocks, notices: [] } }
}

export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    const { names, files } = unzipParts(bytes, wanted)
    const main = mainPartName(files)
    if (!files.has(main)) return { ok: false, message: otherPackage(names) }
    const doc = part(files, main)
    const body = kid(doc.find((n) => tagOf(n) === 'w:document'), 'w:body')
    const ctx: BodyContext = {
      numbering: new Numbering(part(files, 'word/numbering.xml'), part(files, 'word/styles.xml')),
      fields: [],
      options,
      paragraphs: 0,
      tables: 0,
      altChunk: altChunks(files, options),
    }
    return readBody(body, ctx)
  } catch (e) {
    if (e instanceof ReadStop) return { ok: false, message: e.userMessage }
    return { ok: false, message: MESSAGES.unexpected(e instanceof Error ? e.message : String(e)) }
  }
}
