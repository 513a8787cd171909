/**
 * Text runs → lines: runs whose baselines are within a fraction of the font size form one line, read
 * left to right. Chinese is joined without spaces (producers split a line into many runs, anywhere); a
 * space goes only between Latin words or digits that are visibly apart, or across a wide gap (another
 * column of a table drawn without rulings).
 */
import type { TextRun } from './page-content'

export interface Line {
  readonly text: string
  /** left edge, right edge, baseline */
  readonly x: number
  readonly right: number
  readonly y: number
  /** the largest font size on the line */
  readonly size: number
  readonly runs: readonly TextRun[]
}

const LATIN = /[A-Za-z0-9\u00C0-\u024F.,;:%)\]'"]$/
const LATIN_START = /^[A-Za-z0-9\u00C0-\u024F(['"]/

/** Joins runs already sorted by x. */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = ''
  let end = Number.NEGATIVE_INFINITY
  for (const run of runs) {
    const piece = run.text.replace(/\s+/g, ' ')
    if (text !== '') {
      const gap = run.x - end
      const em = run.size
      const latinPair = LATIN.test(text.trimEnd()) && LATIN_START.test(piece.trimStart())
      const spaced = /\s$/.test(text) || /^\s/.test(piece)
      text = text.trimEnd()
      if ((latinPair && (gap > 0.15 * em || spaced)) || gap > 1.5 * em) text += ' '
    }
    text += piece.trimStart()
    end = Math.max(end, run.x + run.width)
  }
  return text.trim()
}

/** Groups runs into lines, top to bottom. */
export function buildLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x)
  const groups: TextRun[][] = []
  let current: TextRun[] = []
  let baseline = Number.NaN
  for (const run of sorted) {
    // a superscript or a run set a little off the baseline still belongs to the line
    const tolerance = Math.max(1.5, 0.35 * run.size)
    if (current.length > 0 && Math.abs(run.y - baseline) <= tolerance) {
      current.push(run)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [run]
    baseline = run.y
  }
  if (current.length > 0) groups.push(current)
  return groups.map((group) => {
    const byX = group.sort((p, q) => p.x - q.x)
    const main = byX.reduce((best, r) => (r.text.length > best.text.length ? r : best), byX[0]!)
    return {
      text: joinRuns(byX),
      x: byX[0]!.x,
      right: Math.max(...byX.map((r) => r.x + r.width)),
      y: main.y,
      size: Math.max(...byX.map((r) => r.size)),
      runs: byX,
    }
  })
}
