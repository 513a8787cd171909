/** Messages between the page and the report-reading worker: plain data, structured-clone-able. */
import type { Finding, Provenance } from '../core/import/types'
import type { SourceKind } from '../core/read/types'
import type { ReportContent } from '../core/values/types'

export interface ReadReportRequest {
  readonly bytes: Uint8Array
  readonly fileName: string
  readonly timeLimitMs: number
  /** the report year confirmed by the user */
  readonly year?: number
}

/** What was read, without the template object (the page looks it up by id). */
export interface ReadReportPayload {
  readonly templateId: string
  readonly content: ReportContent
  readonly provenance: Provenance
  readonly findings: readonly Finding[]
  readonly yearNeedsConfirmation: boolean
  readonly source: SourceKind
  /** milliseconds spent reading the file and importing it (pdf.js loading reported apart) */
  readonly timings: { readonly readMs: number; readonly importMs: number; readonly pdfjsLoadMs?: number }
}

export type ReadReportReply = { readonly ok: true; readonly payload: ReadReportPayload } | { readonly ok: false; readonly message: string }
