import { contentHash } from '../../core/package/content-hash'
import type { Draft } from '../../core/package/draft'
import { nextSeq, TAB_ID } from './tab-id'

/**
 * A synchronous copy of unsaved changes, written to localStorage when the page is hidden or closed.
 * An IndexedDB write started in `pagehide` often dies with the tab; a localStorage write cannot. One copy
 * per draft and tab (key `nianbao-journal:<draft>:<tab>`), so two tabs never overwrite each other's; the
 * next open decides (recover-copies.ts) whether to apply it or keep it as a version. Copies written by
 * versions before tabs had ids sit at `nianbao-journal:<draft>` and are read too.
 */
const PREFIX = 'nianbao-journal:'

export interface JournalEntry {
  readonly key: string
  /** the draft as it was on screen */
  readonly draft: unknown
  /** the stored revision this tab had when it took the copy */
  readonly baseRevision: number
  /** absent in copies of the version before tab ids */
  readonly writer?: string
  readonly seq?: number
  readonly hash?: string
  /** taken while this tab was in conflict with another: never applied over the other's save, kept as a version */
  readonly conflict?: boolean
}

/** A copy that could not be read back: its text is all there is. */
export interface UnreadableCopy {
  readonly key: string
  readonly text: string
}

const ownKey = (id: string) => `${PREFIX}${id}:${TAB_ID}`

export function writeJournal(draft: Draft, baseRevision: number, conflict = false, seq: number = nextSeq()): void {
  try {
    const entry = { draft, baseRevision, writer: TAB_ID, seq, hash: contentHash(draft), conflict, at: new Date().toISOString() }
    localStorage.setItem(ownKey(draft.id), JSON.stringify(entry))
  } catch {
    // no localStorage (private mode, quota): the IndexedDB flush is all there is
  }
}

function keysOf(id: string): string[] {
  const keys: string[] = []
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (key !== null && (key === PREFIX + id || key.startsWith(`${PREFIX}${id}:`))) keys.push(key)
    }
  } catch {
    // no localStorage: no copies
  }
  return keys
}

function parseEntry(key: string, text: string): JournalEntry | null {
  try {
    const v: unknown = JSON.parse(text)
    if (!v || typeof v !== 'object' || !('draft' in v) || !('baseRevision' in v) || typeof v.baseRevision !== 'number') return null
    const o = v as Record<string, unknown>
    const entry: JournalEntry = {
      key,
      draft: o['draft'],
      baseRevision: v.baseRevision,
      writer: typeof o['writer'] === 'string' ? o['writer'] : undefined,
      seq: typeof o['seq'] === 'number' ? o['seq'] : undefined,
      hash: typeof o['hash'] === 'string' ? o['hash'] : undefined,
      conflict: o['conflict'] === true,
    }
    // a copy cut short or altered since it was written does not match its hash
    const d = entry.draft as { name?: unknown; content?: unknown } | null
    if (entry.hash !== undefined && (!d || typeof d !== 'object' || contentHash({ name: String(d.name), content: d.content }) !== entry.hash)) return null
    return entry
  } catch {
    return null
  }
}

/** Every copy of draft `id` from any tab, the unreadable ones apart. */
export function readJournals(id: string): { entries: JournalEntry[]; unreadable: UnreadableCopy[] } {
  const entries: JournalEntry[] = []
  const unreadable: UnreadableCopy[] = []
  for (const key of keysOf(id)) {
    let text: string | null = null
    try {
      text = localStorage.getItem(key)
    } catch {
      continue
    }
    if (text === null) continue
    const entry = parseEntry(key, text)
    if (entry) entries.push(entry)
    else unreadable.push({ key, text })
  }
  return { entries, unreadable }
}

/** This tab's copy of draft `id`, if any (for tests and the autosave). */
export function readOwnJournal(id: string): JournalEntry | null {
  return readJournals(id).entries.find((e) => e.key === ownKey(id)) ?? null
}

export function removeJournal(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // nothing to clear without localStorage
  }
}

/** After a save that took the content at `seq`: this tab's copy is obsolete if it was taken before. */
export function clearOwnJournal(id: string, savedSeq: number): void {
  const own = readOwnJournal(id)
  if (own && (own.seq ?? 0) < savedSeq) removeJournal(own.key)
}

/** Every copy of draft `id`, from every tab: only for a final delete. */
export function clearAllJournals(id: string): void {
  for (const key of keysOf(id)) removeJournal(key)
}
