import type { Draft } from '../../core/package/draft'

/**
 * When each draft was last exported (导出数据包 or 导出全部报告), kept in localStorage: the list reminds
 * the user when changes have gone unexported for 14 days. Losing this record only brings the reminder early.
 */
const KEY = 'nianbao-exported'
export const REMIND_AFTER_DAYS = 14
const DAY = 24 * 60 * 60 * 1000

type Record_ = Readonly<Record<string, string>>

function read(): Record_ {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record_) : {}
  } catch {
    return {}
  }
}

export function noteExported(ids: readonly string[], at: Date = new Date()): void {
  try {
    const next: Record<string, string> = { ...read() }
    for (const id of ids) next[id] = at.toISOString()
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // storage full or forbidden: the reminder shows again, nothing else depends on this
  }
}

/**
 * The drafts whose latest changes are not in any export, and have not been for 14 days: changed since their
 * last export (or never exported), with that export (or the draft's creation) 14 or more days ago.
 */
export function overdueDrafts(drafts: readonly Draft[], now: Date = new Date()): Draft[] {
  const exported = read()
  return drafts.filter((d) => {
    const last = exported[d.id]
    if (last && last >= d.updatedAt) return false
    const since = Date.parse(last ?? d.createdAt)
    return Number.isFinite(since) && now.getTime() - since >= REMIND_AFTER_DAYS * DAY
  })
}
