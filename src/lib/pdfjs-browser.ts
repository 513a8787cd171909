/**
 * pdf.js in the browser (main thread or a Web Worker), loaded on first use so that the first screen does
 * not carry it. Everything comes from our own origin: the worker script is a bundled asset, the CMaps
 * (needed for Chinese fonts) and the standard fonts are copied into the build under pdfjs/ (see
 * vite.config.ts). The legacy build, because staff often use older Chromium-based browsers.
 * `isEvalSupported: false` keeps to the app's CSP (no 'unsafe-eval'); `disableFontFace` because we only
 * read text: no font is installed into the page, which also works inside a Web Worker (no document).
 *
 * @example
 * const result = await readPdf(bytes, await loadPdfjs())
 */
import type { PdfJsLike } from '../core/read/pdf/pdfjs-like'

/** Where the build puts the CMaps and standard fonts, relative to the app's base URL. */
export const PDFJS_ASSET_DIR = 'pdfjs'

let loading: Promise<PdfJsLike> | undefined

export function loadPdfjs(): Promise<PdfJsLike> {
  // a failed load (offline before the chunk was cached) is tried again next time
  loading ??= load().catch((e: unknown) => {
    loading = undefined
    throw e
  })
  return loading
}

async function load(): Promise<PdfJsLike> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')])
  // absolute: pdf.js fetches CMaps from its worker, where a relative URL would resolve against the worker script
  const base = new URL(`${import.meta.env.BASE_URL}${PDFJS_ASSET_DIR}/`, globalThis.location.href).href
  const workerSrc = new URL(worker.default, globalThis.location.href).href
  // inside a Web Worker pdf.js cannot start its own (it looks for window.location) and would run its
  // worker code in this thread, where that code takes over our worker's messages: give it a port
  if (typeof (globalThis as { document?: unknown }).document === 'undefined') pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerSrc, { type: 'module' })
  else pdfjs.GlobalWorkerOptions.workerSrc = workerSrc
  const options = {
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    // pdf.js's own worker fetches them (its default, fetching here, needs a document: not in a Web Worker)
    useWorkerFetch: true,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }
  return {
    OPS: pdfjs.OPS,
    getDocument: (params) => pdfjs.getDocument({ ...options, ...params }),
  }
}
