/**
 * The slice of pdf.js (pdfjs-dist 5.6) the PDF reader uses, as a structural type: the browser build
 * (src/lib/pdfjs-browser.ts) and the node build (src/node/pdfjs-node.ts) are injected, so src/core never
 * imports pdfjs-dist and runs unchanged in the main thread, a Web Worker and node.
 */

/** What getDocument is given: the loaders add where CMaps and standard fonts are (same origin, no CDN). */
export interface PdfDocumentParams {
  readonly data: Uint8Array
  readonly password?: string
  /** the loader's own settings (cMapUrl, cMapPacked, standardFontDataUrl, isEvalSupported…) are merged in */
  readonly stopAtErrors?: boolean
}

/** A positioned run of text; `transform` is [a, b, c, d, e, f] in PDF user space (y up). */
export interface PdfTextItem {
  readonly str: string
  readonly transform: readonly number[]
  readonly width: number
  readonly height: number
  readonly hasEOL?: boolean
}

/** getTextContent also returns marked-content markers, which have no `str`. */
export type PdfTextContentItem = PdfTextItem | { readonly type: string }

export interface PdfOperatorList {
  readonly fnArray: readonly number[]
  readonly argsArray: readonly unknown[]
}

export interface PdfPageLike {
  /** [x1, y1, x2, y2] of the page in user space */
  readonly view: readonly number[]
  getTextContent(): Promise<{ readonly items: readonly PdfTextContentItem[] }>
  getOperatorList(): Promise<PdfOperatorList>
  cleanup(): unknown
}

export interface PdfDocumentLike {
  readonly numPages: number
  getPage(pageNumber: number): Promise<PdfPageLike>
  destroy(): Promise<void>
}

export interface PdfLoadingTaskLike {
  readonly promise: Promise<PdfDocumentLike>
  destroy(): Promise<void>
}

export interface PdfJsLike {
  getDocument(params: PdfDocumentParams): PdfLoadingTaskLike
  /** operator codes (pdf.js `OPS`): the reader follows the graphics state and the painted paths for table rulings */
  readonly OPS: PdfOps
}

/** The pdf.js operator codes the ruling finder needs (in 5.x a path is one constructPath: [paintOp, [Float32Array], minMax]). */
export interface PdfOps {
  readonly save: number
  readonly restore: number
  readonly transform: number
  readonly constructPath: number
  readonly paintFormXObjectBegin: number
  readonly paintFormXObjectEnd: number
  readonly stroke: number
  readonly closeStroke: number
  readonly fill: number
  readonly eoFill: number
  readonly fillStroke: number
  readonly eoFillStroke: number
  readonly closeFillStroke: number
  readonly closeEOFillStroke: number
}
