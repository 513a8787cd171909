import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'

/** A node of fast-xml-parser's ordered output: `{ 'w:tc': [children], ':@': { 'w:val': '2' } }`. */
export type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // values stay text: 「0012」 or 「1.50」 must read back as printed
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
})

/** The parts of a .docx as text, by path inside the zip. */
export function unpackDocx(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data)
  return out
}

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? ''
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const c = node[tagOf(node)]
  return Array.isArray(c) ? (c as XmlNode[]) : []
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[':@'] as Record<string, string> | undefined
  return a?.[name]
}

/** Direct children with a tag. */
export function kids(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((n) => tagOf(n) === tag)
}

export function kid(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? kids(node, tag)[0] : undefined
}

/** Every descendant with a tag, in document order; does not look inside a match. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = []
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n)
    else out.push(...findAll(childrenOf(n), tag))
  }
  return out
}

/** The text directly inside an element (w:t, w:instrText). */
export function ownText(node: XmlNode): string {
  return childrenOf(node)
    .map((n) => (typeof n['#text'] === 'string' ? n['#text'] : ''))
    .join('')
}

/** The text of the w:t elements below a node. */
export function textOf(node: XmlNode): string {
  return findAll([node], 'w:t').map(ownText).join('')
}

/** The footer parts a section refers to, by type (default, even, first). */
export function footersByType(parts: Record<string, string>): Record<string, string> {
  const doc = parseXml(parts['word/document.xml'] ?? '')
  const rels = findAll(parseXml(parts['word/_rels/document.xml.rels'] ?? ''), 'Relationship')
  const out: Record<string, string> = {}
  for (const ref of findAll(doc, 'w:footerReference')) {
    const target = attr(rels.find((r) => attr(r, 'Id') === attr(ref, 'r:id')), 'Target')
    const type = attr(ref, 'w:type')
    if (target && type) out[type] = parts[`word/${target}`] ?? ''
  }
  return out
}
