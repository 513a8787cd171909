import { createHash } from 'node:crypto'
import { unreadableRow } from '../core/audit/unreadable-row'
import { auditSource, type AuditSourceOptions } from '../core/audit/audit-source'
import type { AuditRow } from '../core/audit/types'
import { FORMATS } from '../../templates'
import { basisFrom } from '../core/year-over-year/basis'
import type { Basis } from '../core/values/types'
import { nodeReaders } from './readers'
import { readFileCapped } from './read-file'
import { nodeUtf8 } from './utf8'
import type { InputFile } from './walk'

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
    const o = await options
    const file = readFileCapped(item.path)
    if (typeof file === 'string') return [unreadableRow(item.shown, item.shown, 'unknown', file)]
    try {
      return await auditSource(file.bytes, item.shown, { ...o, ...extra })
    } finally {
      file.release()
    }
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
