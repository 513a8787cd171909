/** Reads one PDF as the app will: pdf.js loaded lazily, then readPdf; the times of both. */
import { readPdf } from '../../../src/core/read/pdf/read-pdf'
import type { ReadResult } from '../../../src/core/read/types'
import { loadPdfjs } from '../../../src/lib/pdfjs-browser'

export interface Timed {
  readonly result: ReadResult
  readonly loadMs: number
  readonly readMs: number
}

export async function readTimed(bytes: Uint8Array): Promise<Timed> {
  const t0 = performance.now()
  const pdfjs = await loadPdfjs()
  const t1 = performance.now()
  const result = await readPdf(bytes, pdfjs)
  return { result, loadMs: t1 - t0, readMs: performance.now() - t1 }
}
