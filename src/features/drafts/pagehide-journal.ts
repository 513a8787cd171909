import type { Draft } from '../../core/package/draft'

/**
 * A synchronous copy of unsaved changes, written to localStorage when the page is hidden or closed.
 * An IndexedDB write started in `pagehide` often dies with the tab; a localStorage write cannot. The next
 * load applies the copy if nothing was saved after it (same base revision) and drops it otherwise.
 */
const PREFIX = 'nianbao-journal:'

export interface JournalEntry {
  /** the draft as it was on screen */
  readonly draft: unknown
  /** the stored revision it was based on */
  readonly baseRevision: number
}

export function writeJournal(draft: Draft, baseRevision: number): void {
  try {
    localStorage.setItem(PREFIX + draft.id, JSON.stringify({ draft, baseRevision }))
  } catch {
    // no localStorage (private mode, quota): the IndexedDB flush is all there is
  }
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const text = localStorage.getItem(PREFIX + id)
    if (text === null) return null
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && 'draft' in value && 'baseRevision' in value && typeof value.baseRevision === 'number') {
      return { draft: value.draft, baseRevision: value.baseRevision }
    }
  } catch {
    // a damaged copy is worth nothing: the stored draft stands
  }
  return null
}

export function clearJournal(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id)
  } catch {
    // nothing to clear without localStorage
  }
}
