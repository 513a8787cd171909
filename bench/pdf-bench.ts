/**
 * The PDF reader in node for `npm run bench` (re-exported by core-bench.ts): the longest seed as the app
 * prints it (.docx → LibreOffice → PDF, made as the tests make it and cached under
 * test-results/pdf-fixtures), and a 50-page report made by repeating that seed's blocks.
 */
import { performance } from 'node:perf_hooks'
import type { DocModel } from '../src/core/document/types'
import { readPdf } from '../src/core/read/pdf/read-pdf'
import { renderDocxBuffer } from '../src/features/export/render-docx'
import { loadPdfjsNode } from '../src/node/pdfjs-node'
import type { SeedName } from '../test/fixtures/seeds'
import { docxToPdf, seedModel, seedPdf } from '../test/support/seed-pdfs'

export interface PdfTiming {
  readonly bytes: number
  readonly pages: number
  readonly tables: number
  /** every read, the first included (it warms pdf.js's font and CMap caches) */
  readonly readMs: number[]
}

async function timeReads(pdf: Uint8Array, reps: number): Promise<PdfTiming> {
  const pdfjs = await loadPdfjsNode()
  const task = pdfjs.getDocument({ data: pdf.slice() })
  const pages = (await task.promise).numPages
  await task.destroy()
  const readMs: number[] = []
  let tables = 0
  for (let i = 0; i < reps; i += 1) {
    const t = performance.now()
    const result = await readPdf(pdf, pdfjs, { timeLimitMs: 60_000 })
    readMs.push(performance.now() - t)
    if (!result.ok) throw new Error(`the bench PDF was not read: ${result.message}`)
    tables = result.document.blocks.filter((b) => b.kind === 'table').length
  }
  return { bytes: pdf.length, pages, tables, readMs }
}

/** The seed's PDF bytes (made once, then cached): the browser part of the bench reads the same file. */
export async function seedPdfBytes(name: SeedName): Promise<Uint8Array> {
  return seedPdf(name)
}

/** pdf.js's load time in node (first import, this process), then the seed's PDF read `reps` times. */
export async function pdfInNode(name: SeedName, reps: number): Promise<PdfTiming & { loadMs: number }> {
  const pdf = await seedPdf(name)
  const t = performance.now()
  await loadPdfjsNode()
  const loadMs = performance.now() - t
  return { ...(await timeReads(pdf, reps)), loadMs }
}

/** A report of about `pages` pages: the seed's blocks repeated (tables, headings, paragraphs), read `reps` times. */
export async function longPdfInNode(name: SeedName, pages: number, reps: number): Promise<PdfTiming> {
  const model = seedModel(name)
  const once = await seedPdf(name)
  const task = (await loadPdfjsNode()).getDocument({ data: once.slice() })
  const perCopy = (await task.promise).numPages
  await task.destroy()
  const copies = Math.ceil(pages / Math.max(1, perCopy - 0.5))
  const long: DocModel = { ...model, blocks: Array.from({ length: copies }, () => model.blocks).flat() }
  const pdf = await docxToPdf(`long-${name}-${copies}`, await renderDocxBuffer(long))
  return timeReads(pdf, reps)
}
