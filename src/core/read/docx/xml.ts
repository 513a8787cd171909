/**
 * Safe XML for .docx parts: a DOCTYPE or entity declaration is refused before parsing (Word never writes
 * one; it is how entity-expansion attacks start), the parser expands no entities, and only the five
 * predefined entities and numeric character references are decoded, here, by hand.
 */
import { XMLParser } from 'fast-xml-parser'
import { MESSAGES, ReadStop } from '../limits'

/** A node of fast-xml-parser's ordered output: `{ 'w:tc': [children], ':@': { 'w:val': '2' } }`. */
export type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes &amp; &lt; &gt; &quot; &apos; and &#N; / &#xN; (anything else is left as written). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? all
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : ''
  })
}

/** Parses one part; `what` names it in the message when it is not well-formed. */
export function parseXml(xml: string, what: string): XmlNode[] {
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) throw new ReadStop(MESSAGES.doctype)
  // no XMLValidator pass: it doubles the parse time, and a part is complete (the unzip checks that);
  // what the parser accepts from a broken part reads as whatever text it holds, never as a crash
  try {
    return parser.parse(xml) as XmlNode[]
  } catch {
    throw new ReadStop(MESSAGES.badXml(what))
  }
}

export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ':@') return k
  return ''
}

export function childrenOf(node: XmlNode | undefined): XmlNode[] {
  if (!node) return []
  const c = node[tagOf(node)]
  return Array.isArray(c) ? (c as XmlNode[]) : []
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[':@'] as Record<string, unknown> | undefined
  const v = a?.[name]
  return typeof v === 'string' ? decodeEntities(v) : undefined
}

export function kid(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return childrenOf(node).find((n) => tagOf(n) === tag)
}

export function kids(node: XmlNode | undefined, tag: string): XmlNode[] {
  return childrenOf(node).filter((n) => tagOf(n) === tag)
}

/** The text directly inside an element (w:t), entities decoded. */
export function ownText(node: XmlNode): string {
  let s = ''
  for (const n of childrenOf(node)) if (typeof n['#text'] === 'string') s += n['#text']
  return decodeEntities(s)
}

/** An on/off property (w:vanish, w:tblHeader): present and not switched off by w:val. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false
  const v = attr(node, 'w:val')
  return v === undefined || !['0', 'false', 'off'].includes(v)
}
