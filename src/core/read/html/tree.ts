/**
 * A minimal element tree of an HTML page, built with htmlparser2's streaming parser (no DOM: it runs
 * in workers and node). htmlparser2 closes implied elements (`<p>`, `<td>`, `<tr>`, `<li>`) and decodes
 * entities; script and style content arrives as text inside those elements, which readers skip.
 */
import { Parser } from 'htmlparser2'

export interface HtmlElement {
  readonly tag: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: (HtmlElement | string)[]
  readonly parent: HtmlElement | undefined
}

/** Limits a crafted page cannot exceed (depth: the walkers recurse). */
const MAX_DEPTH = 400

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: undefined }
  let current = root
  let depth = 0
  // elements opened beyond MAX_DEPTH are flattened into their ancestor; count them to close correctly
  let flattened = 0
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth >= MAX_DEPTH) {
          flattened += 1
          return
        }
        const el: HtmlElement = { tag: name, attrs, children: [], parent: current }
        current.children.push(el)
        current = el
        depth += 1
      },
      ontext(text) {
        const last = current.children[current.children.length - 1]
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text
        else current.children.push(text)
      },
      onclosetag() {
        if (flattened > 0) {
          flattened -= 1
          return
        }
        if (current.parent) {
          current = current.parent
          depth -= 1
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return root
}
