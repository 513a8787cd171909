/// <reference lib="webworker" />
import { unreadableRow } from '../core/audit/unreadable-row'
import { auditSource } from '../core/audit/audit-source'
import { coreReaders } from '../core/audit/document-readers'
import { loadPdfjs } from '../lib/pdfjs-browser'
import type { AuditRow } from '../core/audit/types'
import { FORMATS } from '../../templates'

/** A file to audit; the File is a handle, its bytes are read here, off the main thread. */
export interface AuditTask {
  readonly id: number
  readonly file: File
}

export type AuditReply = { readonly id: number; readonly rows: AuditRow[] }

// no DOMParser here: core's readers are DOM-free; pdf.js is loaded on the first PDF (its own worker)
const readers = coreReaders(loadPdfjs, 30_000)

self.onmessage = async (e: MessageEvent<AuditTask>) => {
  const { id, file } = e.data
  let rows: AuditRow[]
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    rows = await auditSource(bytes, file.name, { formats: FORMATS, keepContent: true, readers }, `${id}:${file.name}`)
  } catch (err) {
    rows = [unreadableRow(`${id}:${file.name}`, file.name, 'unknown', `无法读取文件（${err instanceof Error ? err.message : String(err)}）`)]
  }
  const reply: AuditReply = { id, rows }
  self.postMessage(reply)
}
