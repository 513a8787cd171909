import type { ReportContent } from '../values/types'

/** Why a version (历史版本) was kept. */
export type VersionReason =
  | 'edit' // every 10 minutes of editing, the report as it was before the save
  | 'before-restore' // the report just before a version was restored over it
  | 'restored' // the report right after a restore
  | 'before-import' // the report just before an import replaced its content
  | 'conflict-mine' // this tab's content when the user loaded the other tab's
  | 'conflict-theirs' // the other tab's content when the user kept this tab's
  | 'recovered-copy' // a recovery copy that could not be applied on open
  | 'unreadable-copy' // a recovery copy that could not even be read (kept as text)

export const VERSION_REASONS: Record<VersionReason, string> = {
  edit: '编辑中自动保留',
  'before-restore': '恢复历史版本前',
  restored: '恢复历史版本后',
  'before-import': '导入覆盖前',
  'conflict-mine': '冲突时本页的版本',
  'conflict-theirs': '冲突时另一页的版本',
  'recovered-copy': '未能自动恢复的未保存修改',
  'unreadable-copy': '无法读取的未保存修改（原文）',
}

/** One kept version: the report as it was at `at`, with empty cells left out (they read back as blank). */
export interface DraftVersion {
  readonly key: string
  readonly draftId: string
  /** ISO 8601 */
  readonly at: string
  readonly reason: VersionReason
  readonly name: string
  readonly formatId: string
  readonly formatVersion: number
  readonly content: ReportContent | null
  /** only for 'unreadable-copy': the copy's text as it was found */
  readonly raw?: string
}

/** How often editing keeps a version, how many are kept, and how long one per day is kept. */
export const EDIT_SNAPSHOT_MS = 10 * 60 * 1000
export const KEEP_LAST = 50
export const KEEP_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Content without its empty cells: a blank cell and a missing one read the same, and a report keeps
 * most of its 400-odd cells blank or short, so a version costs a fraction of the record.
 */
export function compactContent(content: ReportContent): ReportContent {
  const cells: Record<string, Record<string, Record<string, string>>> = {}
  for (const [tableId, rows] of Object.entries(content.cells)) {
    for (const [rowId, cols] of Object.entries(rows)) {
      for (const [colId, text] of Object.entries(cols)) {
        if (text === '') continue
        const table = (cells[tableId] ??= {})
        const row = (table[rowId] ??= {})
        row[colId] = text
      }
    }
  }
  return { ...content, cells }
}

/** A version key: sorts by draft, then by time. */
export function versionKey(draftId: string, at: string, salt: string): string {
  return `${draftId}|${at}|${salt}`
}

export function versionTime(key: string): string {
  return key.split('|')[1] ?? ''
}

/**
 * Which versions to keep: the newest KEEP_LAST, and the newest of each day within KEEP_DAYS.
 * `keys` may come in any order; the result is the keys to delete.
 */
export function versionsToDrop(keys: readonly string[], now: Date): string[] {
  // one draft's keys: by time, then by the order they were made
  const sorted = [...keys].sort((a, b) => b.localeCompare(a))
  const keep = new Set(sorted.slice(0, KEEP_LAST))
  const days = new Set<string>()
  for (const key of sorted) {
    const at = versionTime(key)
    const t = Date.parse(at)
    if (Number.isNaN(t) || now.getTime() - t > KEEP_DAYS * DAY_MS) continue
    const day = at.slice(0, 10)
    if (days.has(day)) continue
    days.add(day)
    keep.add(key)
  }
  return sorted.filter((k) => !keep.has(k))
}
