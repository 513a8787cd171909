// @vitest-environment node
/**
 * readPdf on PDFs written byte for byte by the test: line rebuilding from positions, a ruled table with
 * a merged cell, page numbers, and the files it must refuse with a message (scan, broken, truncated,
 * random bytes, too slow). No word processor involved, so every position is known.
 */
import fc from 'fast-check'
import { PDF_MESSAGES, readPdf } from '../../../../src/core/read/pdf/read-pdf'
import type { ReadResult } from '../../../../src/core/read/types'
import { loadPdfjsNode } from '../../../../src/node/pdfjs-node'
import { cjkPdf, scannedPdf, textPdf } from '../../../support/minimal-pdf'

const pdfjs = () => loadPdfjsNode()
const document = (r: ReadResult) => {
  if (!r.ok) throw new Error(r.message)
  return r.document
}

describe('readPdf: lines and tables from positions', () => {
  it('joins runs on one baseline left to right, Latin words with a space; a full line continues into the next; drops the page number', async () => {
    const pdf = textPdf([
      { x: 130, y: 700.8, text: 'world' },
      { x: 100, y: 700, text: 'Hello' },
      { x: 100, y: 680, text: 'A long line that runs' },
      { x: 203, y: 680, text: 'to the right margin' },
      { x: 100, y: 668, text: 'and goes on' },
      { x: 290, y: 30, text: '- 1 -' },
    ])
    const doc = document(await readPdf(pdf, await pdfjs()))
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual(['Hello world', 'A long line that runs to the right margin and goes on'])
    expect(doc.blocks.map((b) => b.where)).toEqual(['第1页第1行', '第1页第2行'])
  })

  it('reads a ruled table into an expanded grid: a cell with no ruling between two slots is one merged cell', async () => {
    // 3 rows × 3 columns at x 100/200/300/400, y 700/680/660/640; row 1 has no ruling at x 300 (merged)
    const h = [700, 680, 660, 640].map((y): [number, number, number, number] => [100, y, 400, y])
    const v: [number, number, number, number][] = [
      [100, 640, 100, 700],
      [200, 640, 200, 700],
      [300, 640, 300, 660],
      [300, 680, 300, 700],
      [400, 640, 400, 700],
    ]
    const cells = [
      { x: 110, y: 686, text: 'label' },
      { x: 210, y: 686, text: 'A' },
      { x: 310, y: 686, text: 'B' },
      { x: 110, y: 666, text: 'merged' },
      { x: 210, y: 666, text: 'spans two' },
      { x: 110, y: 646, text: 'row 3' },
      { x: 210, y: 646, text: '12' },
      { x: 310, y: 646, text: '0' },
    ]
    const doc = document(await readPdf(textPdf([{ x: 100, y: 750, text: 'Before' }, ...cells, { x: 100, y: 600, text: 'After' }], [...h, ...v]), await pdfjs()))
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
    const table = doc.blocks[1]!
    if (table.kind !== 'table') throw new Error('no table')
    expect(table.where).toBe('第1页')
    expect(table.rows).toEqual([
      [{ text: 'label', origin: true }, { text: 'A', origin: true }, { text: 'B', origin: true }],
      [{ text: 'merged', origin: true }, { text: 'spans two', origin: true }, { text: 'spans two', origin: false }],
      [{ text: 'row 3', origin: true }, { text: '12', origin: true }, { text: '0', origin: true }],
    ])
  })
})

describe('readPdf: a table cut at the foot of the page', () => {
  it('a cell line run over the bottom ruling stays in its cell; a line further down does not', async () => {
    // one row at the foot of the page (y 60 to 40), as a browser cuts it: the cell's second line sits below the ruling
    const rules: [number, number, number, number][] = [
      [100, 60, 400, 60],
      [100, 40, 400, 40],
      [100, 40, 100, 60],
      [250, 40, 250, 60],
      [400, 40, 400, 60],
    ]
    const texts = [
      { x: 110, y: 45, text: 'first line' },
      { x: 110, y: 32, text: 'second line' },
      { x: 260, y: 45, text: '7' },
      { x: 110, y: 12, text: 'not in the table' },
    ]
    const doc = document(await readPdf(textPdf(texts, rules), await pdfjs()))
    expect(doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text))).toEqual([[['first line\nsecond line', '7']], 'not in the table'])
  })
})

describe('readPdf: Chinese fonts', () => {
  it('reads Chinese in a font the file does not embed, through the CMaps the loader points pdf.js to', async () => {
    const doc = document(await readPdf(cjkPdf(['一、总体情况', '（一）主动公开情况']), await pdfjs()))
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual(['一、总体情况', '（一）主动公开情况'])
  })
})

describe('readPdf: files it cannot read get a message, never an exception', () => {
  it('a scan (an image, no text layer)', async () => {
    expect(await readPdf(scannedPdf(), await pdfjs())).toEqual({ ok: false, message: PDF_MESSAGES.scan })
    expect(PDF_MESSAGES.scan).toContain('没有文字层')
  })

  it('random bytes, an empty file, a truncated PDF', async () => {
    const whole = textPdf([{ x: 100, y: 700, text: 'Hello' }])
    for (const bytes of [new Uint8Array([1, 2, 3, 4, 5]), new Uint8Array(0), whole.slice(0, 40)]) {
      const r = await readPdf(bytes, await pdfjs())
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/PDF.*无法读取/)
    }
  })

  it('a read that runs past its time limit stops with a message', async () => {
    const r = await readPdf(textPdf([{ x: 100, y: 700, text: 'Hello' }]), await pdfjs(), { timeLimitMs: 0 })
    expect(r).toEqual({ ok: false, message: PDF_MESSAGES.timeout(0) })
  })

  it('mutated PDF bytes never throw', async () => {
    const lib = await pdfjs()
    const base = textPdf([{ x: 100, y: 700, text: 'Hello' }], [[100, 690, 300, 690]])
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (edits) => {
        const bytes = base.slice()
        for (const [at, value] of edits) bytes[at] = value
        const r = await readPdf(bytes, lib, { timeLimitMs: 5000 })
        expect(typeof r.ok).toBe('boolean')
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })
})
