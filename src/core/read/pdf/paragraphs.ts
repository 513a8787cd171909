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
  /** the commonest distance between the baselines of two lines in a row (0 when unknown) */
  readonly pitch: number
}

/** The commonest value, in 2 pt steps (ties: the one `prefer` picks). */
function mode(values: readonly number[], prefer: (a: number, b: number) => boolean): { value: number; count: number } {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(Math.round(v / 2) * 2, (counts.get(Math.round(v / 2) * 2) ?? 0) + 1)
  let value = 0
  let count = 0
  for (const [v, n] of counts) if (n > count || (n === count && prefer(v, value))) [value, count] = [v, n]
  return { value, count }
}

/**
 * The body's margins: the commonest left edge (continuation lines start there) and the commonest right
 * edge (justified lines end there; the widest line is no guide: a word processor squeezes one now and then).
 */
export function margins(placed: readonly PlacedLine[]): Margins {
  const lines = placed.map((p) => p.line)
  const left = mode(lines.map((l) => l.x), (a, b) => a < b).value
  const right = mode(lines.map((l) => l.right), (a, b) => a > b)
  const pitches = placed.flatMap((p, i) => {
    const prev = placed[i - 1]
    return prev && prev.page === p.page && !p.afterBreak && Math.abs(prev.line.size - p.line.size) < 0.75 ? [prev.line.y - p.line.y] : []
  })
  // the smaller of two equally common pitches: the other is likely paragraph spacing
  const pitch = mode(pitches.filter((d) => d > 0), (a, b) => a < b)
  return { left, right: right.count >= 3 ? right.value : lines.reduce((m, l) => Math.max(m, l.right), 0), pitch: pitch.count >= 3 ? pitch.value : 0 }
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
    // a normal line pitch: the document's own (line spacing differs a lot between producers), else 2.5 em
    return !cur.afterBreak && pitch > 0 && pitch <= (m.pitch > 0 ? m.pitch + Math.max(2, 0.25 * size) : 2.5 * size)
  }
  // across a page break: only from the last line of one page to the first of the next
  return cur.page === prev.page + 1 && cur.lineNo === 1
}

export function joinLines(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b
}
