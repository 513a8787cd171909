/**
 * Word documents saved as one XML file: Word 2003 XML (w:wordDocument; what many government systems
 * generate from templates and serve as 「.doc」) and Flat OPC (pkg:package, Word's 「Word XML 文档」). Their
 * body holds the same w:p / w:tbl as a .docx (2003 spells vMerge/hMerge in lower case), so the .docx
 * body reader reads them. Never throws.
 */
import { decodeBytes, decodeUtf8 } from '../decode-text'
import { MESSAGES, ReadStop, type ReadOptions } from '../limits'
import type { ReadResult } from '../types'
import type { BodyContext } from './docx-blocks'
import { Numbering } from './numbering'
import { readBody } from './read-docx'
import { attr, childrenOf, kid, kids, parseXml, tagOf, type XmlNode } from './xml'

function decodeXml(bytes: Uint8Array): string {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 200); i += 1) head += String.fromCharCode(bytes[i] ?? 0)
  const encoding = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  return (encoding ? decodeBytes(bytes, encoding) : undefined) ?? decodeUtf8(bytes)
}

/** A part of a Flat OPC package, by name (「/word/document.xml」). */
function flatPart(pkg: XmlNode | undefined, name: string): XmlNode[] {
  const part = kids(pkg, 'pkg:part').find((p) => attr(p, 'pkg:name') === name)
  return childrenOf(kid(part, 'pkg:xmlData'))
}

export function readWordXml(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    const doc = parseXml(decodeXml(bytes), 'Word XML')
    const word2003 = doc.find((n) => tagOf(n) === 'w:wordDocument')
    const pkg = doc.find((n) => tagOf(n) === 'pkg:package')
    const body = word2003 ? kid(word2003, 'w:body') : kid(flatPart(pkg, '/word/document.xml').find((n) => tagOf(n) === 'w:document'), 'w:body')
    if (!body) return { ok: false, message: MESSAGES.wordXml }
    const ctx: BodyContext = {
      // Word 2003 lists (w:lists) are not read: their numbers are rare in these reports and the text says them
      numbering: new Numbering(flatPart(pkg, '/word/numbering.xml'), flatPart(pkg, '/word/styles.xml')),
      fields: [],
      options,
      paragraphs: 0,
      tables: 0,
    }
    return readBody(body, ctx)
  } catch (e) {
    if (e instanceof ReadStop) return { ok: false, message: e.userMessage }
    return { ok: false, message: MESSAGES.unexpected(e instanceof Error ? e.message : String(e)) }
  }
}
