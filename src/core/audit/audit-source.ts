import { parsePackage } from '../package/data-package'
import type { ReadDocument, ReadResult } from '../read/types'
import type { CellPath, ReportTemplate } from '../template/types'
import { auditReport, type SourceTrace } from './audit-report'
import { unreadableRow } from './unreadable-row'
import type { Sha256 } from './fingerprint'
import type { AuditRow, SourceKind } from './types'
import { utf8Decode } from './web-apis'
import { isZip, listZip, readZipEntry, ZIP_LIMITS, type ZipEntry, type ZipLimits } from './zip-entries'
import type { Basis, ReportContent } from '../values/types'

/** What the importer makes of a read document, as far as audit needs it (import-review's ImportOutcome). */
export interface ImportedLike {
  readonly template: ReportTemplate
  readonly content: ReportContent
  readonly trace?: (path: CellPath) => SourceTrace | undefined
  /** 部分: why (tables not found, cells missing); '' when everything was read */
  readonly partialReason?: string
}

/**
 * The file readers, injected: core's readers of .docx/HTML/PDF and the importer plug in here (the
 * command line and the browser workers pass the same ones; PDF needs pdf.js, which only they can load).
 */
export interface DocumentReaders {
  readonly read: (bytes: Uint8Array, fileName: string) => Promise<ReadResult>
  readonly import: (doc: ReadDocument, formats: readonly ReportTemplate[]) => ImportedLike | { readonly ok: false; readonly reason: string }
}

export interface AuditSourceOptions {
  readonly formats: readonly ReportTemplate[]
  readonly readers?: DocumentReaders
  readonly today?: Date
  readonly keepContent?: boolean
  readonly hash?: Sha256
  /** false: rows without fingerprints (see ReportInput.withFingerprint) */
  readonly withFingerprint?: boolean
  /** UTF-8 → text other than TextDecoder (node's, in the command line: several times faster for Chinese text); same result */
  readonly decodeUtf8?: (bytes: Uint8Array) => string
  readonly zipLimits?: ZipLimits
  /** .zip inside .zip, at most this deep */
  readonly maxDepth?: number
  /** last year's report for a row (by row id) that carries none: the command line's 跨年度 pass */
  readonly basisFor?: (rowId: string) => Basis | undefined
}

/** The content with the basis given for its row, unless it carries its own. */
function withBasisFor(content: ReportContent, id: string, o: AuditSourceOptions): ReportContent {
  const basis = content.basis ? undefined : o.basisFor?.(id)
  return basis ? { ...content, basis } : content
}

/** Shared across the entries of one top-level file, so nested archives cannot multiply the limits. */
interface Budget {
  entries: number
  bytes: number
}

const NOT_A_REPORT = '不是年度报告文件（支持 .docx、.html、.pdf、数据包 .json 和它们的 .zip 压缩包）'

function kindOf(name: string, bytes: Uint8Array): SourceKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (ext === 'json') return 'package'
  if (ext === 'docx') return 'docx'
  if (ext === 'html' || ext === 'htm') return 'html'
  if (ext === 'pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) return 'pdf'
  if (ext === 'zip') return 'zip'
  if (ext === 'txt') return 'text'
  return 'unknown'
}

/** A data package starts with `{` (after a byte order mark and spaces); such bytes are only decoded, synchronously. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++
  return bytes[i] === 0x7b
}

/** A .docx is a zip with word/document.xml; any other zip is a bundle of reports. */
function isDocxListing(names: readonly string[]): boolean {
  return names.includes('word/document.xml') || names.includes('[Content_Types].xml')
}

/**
 * Audits one file: a data package, a .docx/HTML/PDF report (through the injected readers), or a .zip of
 * them (nested folders and archives). Never throws: a file that gives no report is a row with its
 * reason, and a bundle's bad entry does not stop its other entries.
 */
export async function auditSource(bytes: Uint8Array, name: string, options: AuditSourceOptions, idPrefix = name): Promise<AuditRow[]> {
  const budget: Budget = { entries: 0, bytes: 0 }
  try {
    return await auditBytes(bytes, name, options, idPrefix, 0, budget)
  } catch (e) {
    return [unreadableRow(idPrefix, name, 'unknown', `读取时出现意外错误（${e instanceof Error ? e.message : String(e)}）`)]
  }
}

async function auditBytes(bytes: Uint8Array, name: string, o: AuditSourceOptions, id: string, depth: number, budget: Budget): Promise<AuditRow[]> {
  const kind = kindOf(name, bytes)
  if (bytes.length === 0) return [unreadableRow(id, name, kind, '文件为空')]
  if (isZip(bytes)) {
    const limits = o.zipLimits ?? ZIP_LIMITS
    const listing = listZip(bytes, limits)
    if (!listing.ok) return [unreadableRow(id, name, 'zip', listing.reason)]
    if (kind !== 'zip' && isDocxListing(listing.entries.map((e) => e.name))) return auditDocument(bytes, name, 'docx', o, id)
    if (kind !== 'zip' && kind !== 'unknown') return [unreadableRow(id, name, kind, '文件内容与扩展名不符，无法读取')]
    return auditZip(bytes, name, listing.entries, o, id, depth, budget, limits)
  }
  if (looksLikeJson(bytes)) return [await auditPackage(bytes, name, o, id)]
  if (kind === 'package') return [unreadableRow(id, name, kind, '文件已损坏或不完整，无法读取')]
  if (kind === 'unknown' || kind === 'zip') return [unreadableRow(id, name, kind, NOT_A_REPORT)]
  return auditDocument(bytes, name, kind, o, id)
}

async function auditPackage(bytes: Uint8Array, name: string, o: AuditSourceOptions, id: string): Promise<AuditRow> {
  const parsed = parsePackage((o.decodeUtf8 ?? utf8Decode)(bytes), o.formats, o.today)
  if (!parsed.ok) return unreadableRow(id, name, 'package', parsed.message)
  return auditReport({ id, source: name, kind: 'package', template: parsed.template, content: withBasisFor(parsed.content, id, o), keepContent: o.keepContent, hash: o.hash, withFingerprint: o.withFingerprint })
}

async function auditDocument(bytes: Uint8Array, name: string, kind: SourceKind, o: AuditSourceOptions, id: string): Promise<AuditRow[]> {
  if (!o.readers) return [unreadableRow(id, name, kind, '此版本只能审核数据包：Word、网页和 PDF 报告的读取尚未接入')]
  const read = await o.readers.read(bytes, name)
  if (!read.ok) return [unreadableRow(id, name, kind, read.message)]
  const imported = o.readers.import(read.document, o.formats)
  if ('ok' in imported) return [unreadableRow(id, name, kind, imported.reason)]
  const docKind: SourceKind = read.document.source
  return [
    await auditReport({
      id,
      source: name,
      kind: docKind,
      template: imported.template,
      content: withBasisFor(imported.content, id, o),
      trace: imported.trace,
      status: imported.partialReason ? 'partial' : 'complete',
      reason: imported.partialReason ?? '',
      keepContent: o.keepContent,
      hash: o.hash,
      withFingerprint: o.withFingerprint,
    }),
  ]
}

const MAX_DEPTH = 3

async function auditZip(
  bytes: Uint8Array,
  name: string,
  entries: readonly ZipEntry[],
  o: AuditSourceOptions,
  id: string,
  depth: number,
  budget: Budget,
  limits: ZipLimits,
): Promise<AuditRow[]> {
  if (depth >= (o.maxDepth ?? MAX_DEPTH)) return [unreadableRow(id, name, 'zip', `压缩包嵌套过深（超过${o.maxDepth ?? MAX_DEPTH}层）`)]
  const rows: AuditRow[] = []
  // skip what archivers add: macOS resource forks, Office lock files, hidden files
  const wanted = entries.filter((e) => !/(^|\/)(__MACOSX\/|\.|~\$)/.test(e.name))
  budget.entries += wanted.length
  if (budget.entries > limits.maxEntries) return [unreadableRow(id, name, 'zip', `压缩包内文件过多（合计超过${limits.maxEntries}个）`)]
  if (wanted.length === 0) return [unreadableRow(id, name, 'zip', '压缩包内没有文件')]
  for (const entry of wanted) {
    const entryName = `${name}/${entry.name}`
    const entryId = entryName
    budget.bytes += entry.size
    if (budget.bytes > limits.maxTotalBytes) {
      rows.push(unreadableRow(entryId, entryName, 'zip', '压缩包解压后总量过大，其余文件未读取'))
      break
    }
    const got = readZipEntry(bytes, entry)
    if (!got.ok) {
      rows.push(unreadableRow(entryId, entryName, kindOf(entry.name, new Uint8Array()), got.reason))
      continue
    }
    rows.push(...(await auditBytes(got.bytes, entryName, o, entryId, depth + 1, budget)))
  }
  return rows
}
