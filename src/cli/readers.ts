import type { DocumentReaders } from '../core/audit/audit-source'

/**
 * The document readers for node: .docx, HTML and PDF through core's readers and the importer, pdf.js
 * loaded from node_modules. Undefined until those readers are part of the build: data packages only.
 */
export async function nodeReaders(): Promise<DocumentReaders | undefined> {
  return undefined
}
