/**
 * Lines → paragraphs. A line continues the paragraph above when that one ran to the right margin, this
 * one starts at the left margin (a first-line indent or a centred title starts a new paragraph), the
 * font size is the same and the line pitch normal; also across a page break. Chinese lines are joined
 * without a space.
 */
import type { Line } from './lines'

export interface PlacedLine {
  readonly line: Line
  readonly page: number
  /** the line's number on its page, counting text lines outside tables */
  readonly lineNo: number
  /** true when a table or the page's start comes right before it */
  readonly afterBreak: boolean
}

export interface Paragraph {
  readonly text: string
  readonly page: number
  readonly lineNo: number
}

export interface Margins {
  readonly left: number
  readonly right: number
}

/** The body's margins: the commonest left edge and the widest right edge among lines of the commonest size. */
export function margins(lines: readonly Line[]): Margins {
  const lefts = new Map<number, number>()
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1)
  let left = 0
  let best = -1
  for (const [x, n] of lefts) if (n > best || (n === best && x < left)) [left, best] = [x, n]
  const right = lines.reduce((m, l) => Math.max(m, l.right), 0)
  return { left, right }
}

const LATIN_END = /[A-Za-z0-9,;:]$/
const LATIN_START = /^[A-Za-z0-9(]/

export function continues(prev: PlacedLine, cur: PlacedLine, m: Margins): boolean {
  const size = cur.line.size
  if (Math.abs(prev.line.size - size) > 0.75) return false
  if (prev.line.right < m.right - 1.5 * size) return false
  if (cur.line.x > m.left + 0.5 * size || cur.line.x < m.left - 2 * size) return false
  if (cur.page === prev.page) {
    const pitch = prev.line.y - cur.line.y
    return !cur.afterBreak && pitch > 0 && pitch <= 2.5 * size
  }
  // across a page break: only from the last line of one page to the first of the next
  return cur.page === prev.page + 1 && cur.lineNo === 1
}

export function joinLines(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b
}
