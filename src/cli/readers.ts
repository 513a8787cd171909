import type { DocumentReaders } from '../core/audit/audit-source'
import { coreReaders } from '../core/audit/document-readers'
import { loadPdfjsNode } from '../node/pdfjs-node'

/** A report that takes longer than this to read is a row saying so (the batch goes on). */
const READ_LIMIT_MS = 30_000

/** The document readers for node: .docx, HTML and PDF through core's readers and importer; pdf.js from node_modules on first PDF. */
export async function nodeReaders(): Promise<DocumentReaders | undefined> {
  return coreReaders(loadPdfjsNode, READ_LIMIT_MS)
}
