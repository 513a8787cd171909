/**
 * Finds the report inside a saved web page: the deepest element that holds every sign of the report
 * the page has (the six part headings, the three statistics tables recognised by their labels), so the
 * site's header, navigation, breadcrumb, sidebar and footer are left out. The headings come from the
 * templates; the tables are recognised by words every printed version of them carries.
 */
import { HEADINGS } from '../../../../templates/parts/headings'
import { elementLines, isSkipped } from './html-text'
import type { HtmlElement } from './tree'

const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

/** The part headings without their numbers: 「总体情况」… */
const HEADING_BODIES = Object.values(HEADINGS).map((h) => squeeze(h.replace(/^[一二三四五六七八九十]+、/, '')))

/** Words that identify each official table in any layout (表二, 表三, 表四). */
const TABLE_SIGNS: readonly (readonly string[])[] = [['信息内容', '第二十条'], ['申请人情况', '政府信息公开申请'], ['行政复议', '行政诉讼']]

const HEADING_MAX = 40

function headingMask(text: string): number {
  const t = squeeze(text)
  if (t.length === 0 || t.length > HEADING_MAX) return 0
  let mask = 0
  HEADING_BODIES.forEach((body, i) => {
    if (t.includes(body)) mask |= 1 << i
  })
  return mask
}

function tableMask(table: HtmlElement): number {
  const t = squeeze(elementLines(table).join(''))
  let mask = 0
  TABLE_SIGNS.forEach((words, i) => {
    if (words.every((w) => t.includes(w))) mask |= 1 << (HEADING_BODIES.length + i)
  })
  return mask
}

const popcount = (n: number) => {
  let c = 0
  for (let x = n; x; x &= x - 1) c += 1
  return c
}

/** The element holding the report, or undefined when the page shows no sign of one. */
export function findReport(root: HtmlElement): HtmlElement | undefined {
  const masks = new Map<HtmlElement, number>()
  // bottom-up: an element's signs are its children's plus its own (a short heading-like block, a table)
  const visit = (el: HtmlElement): { mask: number; text: string } => {
    let mask = 0
    let text = ''
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (text.length <= HEADING_MAX) text += c
        continue
      }
      if (isSkipped(c)) continue
      const r = visit(c)
      mask |= r.mask
      // a link's words are navigation, not a heading of this page
      if (text.length <= HEADING_MAX && c.tag !== 'a') text += r.text
    }
    if (el.tag === 'table') mask |= tableMask(el)
    else if (el.tag !== 'a') mask |= headingMask(text)
    masks.set(el, mask)
    return { mask, text: text.slice(0, HEADING_MAX + 1) }
  }
  const all = visit(root).mask
  // a report shows a statistics table or at least two part headings; one stray phrase is not a report
  if (all >> HEADING_BODIES.length === 0 && popcount(all) < 2) return undefined
  let best = root
  // descend while one child still holds every sign; a table is read whole, from its parent
  for (;;) {
    const next = best.children.find((c): c is HtmlElement => typeof c !== 'string' && masks.get(c) === all)
    if (!next || next.tag === 'table') return best
    best = next
  }
}

const TITLE = /政府信息公开.{0,8}年度?报告/

/**
 * The report's title line when the container does not hold it (sites print it in an `<h1>` above the
 * article body): the last title-like block before the container, not a link (sidebars list other years).
 */
export function titleBefore(root: HtmlElement, container: HtmlElement): string | undefined {
  let found: string | undefined
  let done = false
  const walk = (el: HtmlElement, inLink: boolean) => {
    for (const c of el.children) {
      if (done) return
      if (c === container) {
        done = true
        return
      }
      if (typeof c === 'string' || isSkipped(c)) continue
      const link = inLink || c.tag === 'a'
      if (/^h[1-6]$/.test(c.tag) || (!link && /title|bt|tit/i.test(c.attrs['class'] ?? ''))) {
        const line = elementLines(c).join('')
        if (!link && line.length <= 80 && TITLE.test(squeeze(line))) found = line
      }
      walk(c, link)
    }
  }
  walk(root, false)
  return found
}

export function holdsTitle(lines: readonly string[]): boolean {
  return lines.slice(0, 6).some((l) => TITLE.test(squeeze(l)))
}
