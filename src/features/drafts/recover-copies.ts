import type { DraftCheck } from '../../core/package/check-draft'
import { contentHash } from '../../core/package/content-hash'
import type { Draft } from '../../core/package/draft'
import { readJournals, removeJournal, type JournalEntry } from './pagehide-journal'
import type { VersionStore } from './version-store'

export const RECOVERED = '恢复了未保存的修改'
export const KEPT_AS_VERSION = '有未能自动恢复的未保存修改，已存入历史版本'

interface Deps {
  readonly check: (value: unknown) => DraftCheck
  readonly versions: VersionStore
  /** writes the copy's content over `stored` (expecting its revision); returns the new draft or null */
  readonly apply: (copy: Draft, stored: Draft) => Promise<Draft | null>
}

/**
 * Whether a copy holds changes the stored record lacks. The writer's own later save holds all of its
 * copy if it took the content after the copy (higher seq); an in-flight save taken before does not. A
 * copy from another writer (or from before writer ids) applies only if nothing was saved since its base.
 */
function applies(e: JournalEntry, stored: Draft): boolean {
  if (e.conflict) return false
  if (e.writer !== undefined && stored.writer === e.writer) return (e.seq ?? 0) > (stored.writerSeq ?? 0)
  return stored.revision === e.baseRevision
}

/**
 * Settles every recovery copy of `stored`: equal ones are dropped, the newest that applies is saved, and
 * every other one is kept as a version before it leaves localStorage. A copy whose version cannot be
 * written stays where it is: nothing is deleted unseen.
 */
export async function recoverCopies(stored: Draft, { check, versions, apply }: Deps): Promise<{ draft: Draft; notices: string[] }> {
  const { entries, unreadable } = readJournals(stored.id)
  const notices = new Set<string>()
  const storedHash = contentHash(stored)
  const keep = async (key: string, save: () => Promise<unknown>) => {
    try {
      await save()
      removeJournal(key)
      notices.add(KEPT_AS_VERSION)
    } catch {
      // no room for the version: the copy waits in localStorage for the next open
    }
  }
  for (const u of unreadable) await keep(u.key, () => versions.keepRaw(stored.id, u.text, 'unreadable-copy'))

  const candidates: { entry: JournalEntry; draft: Draft }[] = []
  for (const e of entries) {
    const c = check(e.draft)
    if (!c.ok) {
      await keep(e.key, () => versions.keepRaw(stored.id, JSON.stringify(e.draft), 'unreadable-copy'))
      continue
    }
    if (contentHash(c.draft) === storedHash) removeJournal(e.key) // nothing the record lacks
    else candidates.push({ entry: e, draft: c.draft })
  }
  // the newest applicable copy wins; the others become versions
  const applicable = candidates.filter((c) => applies(c.entry, stored)).sort((a, b) => (a.entry.seq ?? 0) - (b.entry.seq ?? 0))
  const winner = applicable.length > 0 ? applicable[applicable.length - 1] : undefined
  for (const c of candidates) if (c !== winner) await keep(c.entry.key, () => versions.snapshot(c.draft, 'recovered-copy'))

  let draft = stored
  if (winner) {
    const applied = await apply(winner.draft, stored)
    if (applied) {
      removeJournal(winner.entry.key)
      draft = applied
    } else {
      // shown now; the copy stays until a save works
      draft = { ...stored, name: winner.draft.name, content: winner.draft.content }
    }
    notices.add(RECOVERED)
  }
  return { draft, notices: [...notices] }
}
