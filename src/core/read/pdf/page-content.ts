/**
 * One page as plain geometry: the text runs (baseline, x range, font size) and the ruling segments
 * (table borders drawn as thin lines or thin filled rectangles), both in PDF user space with y up.
 */
import type { PdfOps, PdfPageLike, PdfTextContentItem, PdfTextItem } from './pdfjs-like'

export interface TextRun {
  readonly text: string
  readonly x: number
  /** baseline */
  readonly y: number
  readonly width: number
  readonly size: number
}

/** A horizontal (y fixed, x from a to b) or vertical (x fixed, y from a to b) ruling, a < b. */
export interface Segment {
  readonly at: number
  readonly a: number
  readonly b: number
}

export interface PageContent {
  readonly width: number
  readonly height: number
  readonly runs: readonly TextRun[]
  readonly horizontal: readonly Segment[]
  readonly vertical: readonly Segment[]
}

const isTextItem = (item: PdfTextContentItem): item is PdfTextItem => typeof (item as PdfTextItem).str === 'string'

export function textRuns(items: readonly PdfTextContentItem[]): TextRun[] {
  const runs: TextRun[] = []
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10
    runs.push({ text: item.str, x: e, y: f, width: item.width, size })
  }
  return runs
}

type Matrix = readonly [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function multiply(m: Matrix, n: Matrix): Matrix {
  // pdf.js order: the new matrix n is applied first, then the current m
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ]
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]

function asMatrix(value: unknown): Matrix | undefined {
  if (!value || typeof (value as ArrayLike<number>).length !== 'number' || (value as ArrayLike<number>).length < 6) return undefined
  const v = Array.from(value as ArrayLike<number>).slice(0, 6)
  return v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (v as unknown as Matrix) : undefined
}

/** A border is at most this thick (pt); thicker filled rectangles are shading, not rulings. */
const MAX_THICKNESS = 3
/** DrawOPS of pdf.js 5: how many coordinates follow each path operator */
const PATH_ARGS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 }

/** Straight horizontal and vertical pieces of the painted paths, in page space. */
export function rulings(fnArray: readonly number[], argsArray: readonly unknown[], ops: PdfOps): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = []
  const vertical: Segment[] = []
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const filling = new Set([ops.fill, ops.eoFill])
  const stack: Matrix[] = []
  let ctm: Matrix = IDENTITY
  const addLine = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= 0.5) horizontal.push({ at: (y1 + y2) / 2, a: Math.min(x1, x2), b: Math.max(x1, x2) })
    else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= 0.5) vertical.push({ at: (x1 + x2) / 2, a: Math.min(y1, y2), b: Math.max(y1, y2) })
  }
  for (let i = 0; i < fnArray.length; i += 1) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY
    else if (fn === ops.transform) {
      const m = asMatrix(args)
      if (m) ctm = multiply(ctm, m)
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = asMatrix(args?.[0])
      if (m) ctm = multiply(ctm, m)
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const stroked = stroking.has(args[0] as number)
      if (!stroked && !filling.has(args[0] as number)) continue
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined
      if (data && typeof data.length === 'number') pathPieces(data, ctm, stroked, addLine)
    }
  }
  return { horizontal, vertical }
}

/**
 * Walks one path: a thin box (a border drawn as a filled rectangle) becomes its centre line; a stroked
 * path gives its straight pieces. Other filled shapes (shading, logos) are not rulings.
 */
function pathPieces(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, addLine: (x1: number, y1: number, x2: number, y2: number) => void) {
  let points: [number, number][] = []
  const flush = () => {
    if (points.length >= 4) {
      const xs = points.map((p) => p[0])
      const ys = points.map((p) => p[1])
      const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
      const axisAligned = points.every(([x, y]) => (Math.abs(x - x1) < 0.5 || Math.abs(x - x2) < 0.5) && (Math.abs(y - y1) < 0.5 || Math.abs(y - y2) < 0.5))
      if (axisAligned && y2 - y1 <= MAX_THICKNESS && x2 - x1 > MAX_THICKNESS) return addLine(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2)
      if (axisAligned && x2 - x1 <= MAX_THICKNESS && y2 - y1 > MAX_THICKNESS) return addLine((x1 + x2) / 2, y1, (x1 + x2) / 2, y2)
      if (!stroked) return
      // a stroked box: a cell's outline, each side a ruling
      if (axisAligned) {
        addLine(x1, y1, x2, y1)
        addLine(x1, y2, x2, y2)
        addLine(x1, y1, x1, y2)
        addLine(x2, y1, x2, y2)
        return
      }
    }
    if (!stroked) return
    for (let k = 1; k < points.length; k += 1) addLine(points[k - 1]![0], points[k - 1]![1], points[k]![0], points[k]![1])
  }
  let i = 0
  while (i < data.length) {
    const op = data[i]!
    const n = PATH_ARGS[op]
    if (n === undefined) break
    if (op === 0) {
      flush()
      points = [apply(ctm, data[i + 1]!, data[i + 2]!)]
    } else if (op === 1) points.push(apply(ctm, data[i + 1]!, data[i + 2]!))
    else if (op === 4) {
      if (points.length > 0) points.push(points[0]!)
    } else {
      // a curve: not a ruling; end the straight run here
      flush()
      points = [apply(ctm, data[i + n - 2]!, data[i + n - 1]!)]
    }
    i += n + 1
  }
  flush()
}

export async function pageContent(page: PdfPageLike, ops: PdfOps): Promise<PageContent> {
  const [x1 = 0, y1 = 0, x2 = 595, y2 = 842] = page.view
  const { items } = await page.getTextContent()
  const runs = textRuns(items)
  // rulings only matter where there is text to put into cells
  const lines = runs.length > 0 ? await page.getOperatorList() : { fnArray: [], argsArray: [] }
  const { horizontal, vertical } = rulings(lines.fnArray, lines.argsArray, ops)
  return { width: x2 - x1, height: y2 - y1, runs, horizontal, vertical }
}
