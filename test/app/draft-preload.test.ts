import { describe, expect, it } from 'vitest'
import { withPreload } from '../../src/app/draft-store'
import type { DraftStore } from '../../src/features/drafts/draft-store'

/** A store that counts its reads and answers each with the read's number. */
function countingStore() {
  const reads: string[] = []
  const store = {
    loadDraft: async (id: string) => {
      reads.push(id)
      return { ok: false as const, reason: 'missing' as const, message: `read ${reads.length}` }
    },
  } as unknown as DraftStore
  return { store, reads }
}

describe('withPreload', () => {
  it('a preloaded report is read once: the editor takes the early read', async () => {
    const { store, reads } = countingStore()
    const app = withPreload(store)
    app.preload('a')
    expect(reads).toEqual(['a'])
    const r = await app.store.loadDraft('a')
    expect(r).toMatchObject({ message: 'read 1' })
    expect(reads).toEqual(['a'])
  })

  it('the early read is taken once; another id or a later load reads afresh', async () => {
    const { store, reads } = countingStore()
    const app = withPreload(store)
    app.preload('a')
    await app.store.loadDraft('b')
    await app.store.loadDraft('a')
    expect(reads).toEqual(['a', 'b', 'a'])
    app.preload('c')
    await app.store.loadDraft('c')
    await app.store.loadDraft('c')
    expect(reads).toEqual(['a', 'b', 'a', 'c', 'c'])
  })
})
