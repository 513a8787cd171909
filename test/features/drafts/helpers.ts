import { createStore, set, type UseStore } from 'idb-keyval'
import type { Draft } from '../../../src/core/package/draft'
import { createDraftStore, type DraftStore } from '../../../src/features/drafts/draft-store'
import { createVersionStore, type VersionStore } from '../../../src/features/drafts/version-store'
import { FORMATS } from '../../../templates/index'

let n = 0

/** A draft store on its own IndexedDB database, so tests never see each other's records. */
export function freshStore(): { store: DraftStore; idb: UseStore; versions: VersionStore; versionIdb: UseStore } {
  const idb = createStore(`nianbao-test-${++n}`, 'drafts')
  const versionIdb = createStore(`nianbao-test-versions-${n}`, 'versions')
  const versions = createVersionStore(() => versionIdb)
  return { store: createDraftStore(FORMATS, () => idb, versions), idb, versions, versionIdb }
}

/** Writes a record behind the store's back, the way a crash, an old version or a bad extension might. */
export const plant = (idb: UseStore, key: IDBValidKey, value: unknown) => set(key, value, idb)

/** Unwraps a store result in a test, failing loudly when it is not ok. */
export function must<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`)
  return r as Extract<T, { ok: true }>
}

export const edited = (d: Draft, agency: string): Draft => ({ ...d, content: { ...d.content, agency } })
