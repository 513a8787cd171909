import { createDraftStore, type DraftStore } from '../features/drafts/draft-store'
import { FORMATS } from '../../templates'

/**
 * A store whose `loadDraft(id)` can be started before anyone asks: a report opened by its address
 * (a reload, a bookmark) is read from IndexedDB while the editor's code is still downloading, and the
 * editor's own `loadDraft(id)` takes that read, once. Any other id, or a second call, reads afresh.
 */
export function withPreload(store: DraftStore): { readonly store: DraftStore; readonly preload: (id: string) => void } {
  let early: { readonly id: string; readonly result: ReturnType<DraftStore['loadDraft']> } | null = null
  return {
    store: {
      ...store,
      loadDraft(id) {
        const e = early
        early = null
        return e && e.id === id ? e.result : store.loadDraft(id)
      },
    },
    preload(id) {
      early = { id, result: store.loadDraft(id) }
    },
  }
}

const app = withPreload(createDraftStore(FORMATS))

/** The one IndexedDB draft store of the app, over the formats it knows. */
export const draftStore: DraftStore = app.store
export const preloadDraft = app.preload
