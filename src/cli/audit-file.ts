import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { unreadableRow } from '../core/audit/audit-report'
import { auditSource, type AuditSourceOptions } from '../core/audit/audit-source'
import type { AuditRow } from '../core/audit/types'
import { FORMATS } from '../../templates'
import { basisFrom } from '../core/year-over-year/basis'
import type { Basis } from '../core/values/types'
import { nodeReaders } from './readers'
import { nodeUtf8 } from './utf8'
import type { InputFile } from './walk'

/** A single file larger than this is not a report (zips of many reports included). */
const MAX_FILE_BYTES = 512 * 1024 * 1024

/**
 * Reads one file whole, synchronously: for the small files of a batch this is several times faster
 * than the promise API (one system call each for open, size, read, close, no thread-pool round trips),
 * and the audit is bound by the rule engine anyway. Only one file's bytes are held per slot.
 */
function readFileCapped(path: string): Uint8Array | string {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > MAX_FILE_BYTES) return `文件过大（${Math.round(size / 1024 / 1024)} MB）`
    const bytes = new Uint8Array(size)
    let at = 0
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at)
      if (n === 0) break
      at += n
    }
    return at === size ? bytes : bytes.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}

/** node's SHA-256: the same digest as Web Crypto's, without its per-call cost (about 0.2 ms); fed piece by piece. */
const nodeSha256 = (pieces: readonly string[]) => {
  const h = createHash('sha256')
  for (const p of pieces) h.update(p, 'utf8')
  return h.digest()
}

let options: Promise<AuditSourceOptions> | undefined

type Extra = Pick<AuditSourceOptions, 'keepContent' | 'basisFor' | 'withFingerprint'>

/** One file → its rows; never throws (a file that cannot be opened is a row with the reason). */
export async function auditFile(item: InputFile, extra: Extra = {}): Promise<AuditRow[]> {
  options ??= nodeReaders().then((readers) => ({ formats: FORMATS, readers, hash: nodeSha256, decodeUtf8: nodeUtf8 }))
  try {
    const bytes = readFileCapped(item.path)
    if (typeof bytes === 'string') return [unreadableRow(item.shown, item.shown, 'unknown', bytes)]
    return await auditSource(bytes, item.shown, { ...(await options), ...extra })
  } catch (e) {
    return [unreadableRow(item.shown, item.shown, 'unknown', `无法打开文件（${e instanceof Error ? e.message : String(e)}）`)]
  }
}

/** 跨年度, last year's side: the comparison basis made from each wanted report of the file (by row id). */
export async function basesOf(item: InputFile, ids: readonly string[]): Promise<[string, Basis][]> {
  const wanted = new Set(ids)
  const out: [string, Basis][] = []
  for (const r of await auditFile(item, { keepContent: true, withFingerprint: false })) {
    const template = r.formatId ? FORMATS.find((f) => f.id === r.formatId) : undefined
    if (wanted.has(r.id) && r.content && template) out.push([r.id, basisFrom(template, r.content, r.source)])
  }
  return out
}

/** 跨年度, this year's side: the wanted reports of the file audited again with last year's basis. */
export async function auditAgain(item: InputFile, bases: readonly [string, Basis][]): Promise<AuditRow[]> {
  const byId = new Map(bases)
  // no fingerprint: the row keeps the first audit's (the basis is not the report's own content)
  const rows = await auditFile(item, { basisFor: (id) => byId.get(id), withFingerprint: false })
  return rows.filter((r) => byId.has(r.id))
}
