import type { Draft } from '../../core/package/draft'

/** How long a deleted draft waits in the trash (回收站) before it is deleted for good. */
export const TRASH_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

export function trashExpired(d: Draft, now: Date): boolean {
  const t = d.trashedAt === undefined ? NaN : Date.parse(d.trashedAt)
  return !Number.isNaN(t) && now.getTime() - t > TRASH_DAYS * DAY_MS
}

/** Days left before a trashed draft is deleted for good (at least 0). */
export function daysLeft(d: Draft, now: Date): number {
  const t = d.trashedAt === undefined ? now.getTime() : Date.parse(d.trashedAt)
  return Math.max(0, Math.ceil((t + TRASH_DAYS * DAY_MS - now.getTime()) / DAY_MS))
}
