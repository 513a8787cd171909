import { useCallback, useEffect, useState } from 'react'
import type { Draft } from '../../core/package/draft'
import { listen } from './draft-channel'
import type { DamagedDraft, DraftStore } from './draft-store'

export type Listing =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly drafts: readonly Draft[]; readonly trashed: readonly Draft[]; readonly damaged: readonly DamagedDraft[] }
  | { readonly state: 'error'; readonly message: string }

async function fetchListing(store: DraftStore): Promise<Listing> {
  const r = await store.listDrafts()
  return r.ok ? { state: 'ready', drafts: r.drafts, trashed: r.trashed, damaged: r.damaged } : { state: 'error', message: r.message }
}

/** The stored drafts, reloaded on demand and whenever any tab writes one. */
export function useDraftListing(store: DraftStore): [Listing, () => Promise<void>] {
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  const reload = useCallback(() => fetchListing(store).then(setListing), [store])
  useEffect(() => {
    let live = true
    const load = () => void fetchListing(store).then((l) => live && setListing(l))
    load()
    const stop = listen(load)
    return () => {
      live = false
      stop()
    }
  }, [store])
  return [listing, reload]
}
