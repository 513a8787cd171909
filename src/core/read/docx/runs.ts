/**
 * The text of a paragraph's inline content as Word displays it: runs joined; w:tab, w:br, w:cr, w:sym;
 * tracked insertions kept and deletions dropped; fields show their result only (fldSimple, and
 * fldChar begin/separate/end, whose state carries across paragraphs); hidden runs (w:vanish), drawings,
 * ruby annotations and footnote marks left out; hyperlinks, smart tags and content controls read through.
 */
import { attr, childrenOf, isOn, kid, ownText, tagOf, type XmlNode } from './xml'

/** Field nesting: for each open field, whether its result part has started. */
export type FieldStack = boolean[]

const SKIP = new Set([
  'w:rPr', 'w:pPr', 'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object',
  'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:rt', 'w:annotationRef',
])

/** A character of the Symbol/Wingdings private-use range (F0xx) stands for the ASCII-range character. */
function symbolChar(node: XmlNode): string {
  const cp = parseInt(attr(node, 'w:char') ?? '', 16)
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff) return ''
  return String.fromCodePoint(cp >= 0xf020 && cp <= 0xf0ff ? cp - 0xf000 : cp)
}

/** Appends the visible text of inline nodes to `out`. */
export function inlineText(nodes: readonly XmlNode[], fields: FieldStack, out: string[]): void {
  for (const n of nodes) {
    const tag = tagOf(n)
    if (SKIP.has(tag) || tag === '#text') continue
    const visible = fields.every(Boolean)
    switch (tag) {
      case 'w:t':
        if (visible) out.push(ownText(n))
        break
      case 'w:tab':
      case 'w:ptab':
        if (visible) out.push('\t')
        break
      case 'w:br':
      case 'w:cr':
        if (visible) out.push('\n')
        break
      case 'w:sym':
        if (visible) out.push(symbolChar(n))
        break
      case 'w:noBreakHyphen':
        if (visible) out.push('-')
        break
      case 'w:fldChar': {
        const type = attr(n, 'w:fldCharType')
        if (type === 'begin') fields.push(false)
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = true
        else if (type === 'end') fields.pop()
        break
      }
      case 'w:r':
        if (!isOn(kid(kid(n, 'w:rPr'), 'w:vanish'))) inlineText(childrenOf(n), fields, out)
        break
      default:
        // w:ins, w:moveTo, w:hyperlink, w:fldSimple, w:smartTag, w:customXml, w:sdt, w:sdtContent,
        // mc:AlternateContent/mc:Choice, w:dir, w:bdo, w:ruby/w:rubyBase…: their content is text
        inlineText(childrenOf(n), fields, out)
    }
  }
}
