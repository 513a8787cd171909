/**
 * pdf.js for node (the command-line audit, vitest, the bench): the legacy build, which runs on node 20,
 * with its CMaps and standard fonts read from node_modules/pdfjs-dist. Loaded once, on first use.
 *
 * @example
 * const result = await readPdf(bytes, await loadPdfjsNode())
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PdfJsLike } from '../core/read/pdf/pdfjs-like'

let loading: Promise<PdfJsLike> | undefined

export function loadPdfjsNode(): Promise<PdfJsLike> {
  loading ??= load()
  return loading
}

async function load(): Promise<PdfJsLike> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  const options = {
    // pdf.js in node reads these as file paths; the trailing separator is required
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    // warnings about fonts go to the console otherwise; failures still reject
    verbosity: 0,
  }
  return {
    OPS: pdfjs.OPS,
    getDocument: (params) => pdfjs.getDocument({ ...options, ...params }),
  }
}
