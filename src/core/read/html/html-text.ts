/**
 * What of an HTML page is content, and its text as a browser lays it out: skipped elements (scripts,
 * styles, forms' controls, hidden elements), block elements that start a new line, and whitespace
 * collapsed (a line break between two CJK characters disappears, as CSS Text specifies; NBSP and the
 * ideographic space stay).
 */
import type { HtmlElement } from './tree'

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'option', 'button', 'input', 'textarea', 'map', 'audio', 'video', 'canvas', 'img', 'link', 'meta',
])

export const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'hr', 'table',
  'tr', 'td', 'th', 'caption', 'form', 'fieldset', 'details', 'summary', 'body', 'html', 'tbody', 'thead', 'tfoot',
])

export function isSkipped(el: HtmlElement): boolean {
  if (SKIPPED.has(el.tag)) return true
  if (el.attrs['hidden'] !== undefined) return true
  const style = el.attrs['style']
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=[${CJK}])`, 'g')

/** HTML white space collapsed to single spaces (not NBSP, not U+3000). */
export function collapse(text: string): string {
  return text.replace(CJK_BREAK, '$1').replace(/[ \t\r\n\f]+/g, ' ')
}

/** Lines of text being gathered: inline text joins the current line, a block boundary ends it. */
export class LineBuffer {
  private current = ''
  readonly lines: string[] = []

  add(text: string): void {
    const t = collapse(text)
    this.current += this.current.endsWith(' ') && t.startsWith(' ') ? t.slice(1) : t
  }

  /** Ends the current line (a block boundary or `<br>`); empty lines are dropped. */
  end(): void {
    const line = this.current.replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, '')
    if (line !== '') this.lines.push(line)
    this.current = ''
  }
}

/** The text of an element as lines (for cells and short headings), skipping what is not shown. */
export function elementLines(el: HtmlElement): string[] {
  const buf = new LineBuffer()
  const walk = (e: HtmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') buf.add(c)
      else if (c.tag === 'br') buf.end()
      else if (!isSkipped(c)) {
        const block = BLOCKS.has(c.tag)
        if (block) buf.end()
        walk(c)
        if (block) buf.end()
      }
    }
  }
  walk(el)
  buf.end()
  return buf.lines
}
