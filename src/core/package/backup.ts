import type { ReportTemplate } from '../template/types'
import { DAMAGED_MESSAGE, parsePackage, serializePackage, type ParsedPackage } from './data-package'
import type { Draft } from './draft'

/** All drafts of a browser in one file (导出全部报告); 导入数据包 takes it as well as a single package. */
export const BACKUP_KIND = 'nianbao-backup'
export const BACKUP_VERSION = 1
/** Far above what hundreds of reports need; the cap keeps a wrong file from freezing the page. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024
const MAX_PACKAGES = 2_000

export function serializeBackup(drafts: readonly Draft[], now: Date = new Date()): string {
  // each entry is exactly the package 导出数据包 writes for that draft
  const packages = drafts.map((d) => JSON.parse(serializePackage(d, now)) as unknown)
  return JSON.stringify({ kind: BACKUP_KIND, backupVersion: BACKUP_VERSION, exportedAt: now.toISOString(), packages }, null, 1)
}

export type ParsedBackup =
  | { readonly ok: true; readonly items: readonly { readonly label: string; readonly result: ParsedPackage }[] }
  | { readonly ok: false; readonly message: string }

const labelOf = (pkg: unknown, i: number): string => {
  const name = typeof pkg === 'object' && pkg !== null && 'name' in pkg && typeof pkg.name === 'string' ? pkg.name.trim() : ''
  return name ? (name.length > 40 ? `${name.slice(0, 40)}…` : name) : `第${i + 1}份`
}

/**
 * Reads a backup file: each package in it is judged on its own by parsePackage (one damaged report does
 * not stop the others). Undefined when the text is not a backup at all, so the caller tries a single package.
 */
export function parseBackup(text: string, formats: readonly ReportTemplate[], today: Date = new Date()): ParsedBackup | undefined {
  if (typeof text !== 'string' || !text.includes(BACKUP_KIND)) return undefined
  let value: unknown
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return text.trimStart().startsWith('{') && text.slice(0, 200).includes(BACKUP_KIND) ? { ok: false, message: DAMAGED_MESSAGE } : undefined
  }
  if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== BACKUP_KIND) return undefined
  const { backupVersion, packages } = value as { backupVersion?: unknown; packages?: unknown }
  if (typeof backupVersion === 'number' && backupVersion > BACKUP_VERSION) return { ok: false, message: '该备份文件由更新版本的年报编制助手导出，请更新后再导入' }
  if (!Array.isArray(packages)) return { ok: false, message: DAMAGED_MESSAGE }
  if (packages.length > MAX_PACKAGES) return { ok: false, message: `备份中的报告过多（${packages.length}份），不是本工具导出的文件` }
  return { ok: true, items: packages.map((p, i) => ({ label: labelOf(p, i), result: parsePackage(JSON.stringify(p) ?? '', formats, today) })) }
}
