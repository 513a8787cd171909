import { createStore, type UseStore } from 'idb-keyval'

/** Returns the object store to use; throws (ReferenceError) where there is no IndexedDB at all. */
export type StoreGetter = () => UseStore

let shared: UseStore | undefined

/** The app's one store. Created on first use, so a browser without IndexedDB fails per call, not at import. */
export const defaultStore: StoreGetter = () => {
  shared ??= createStore('nianbao', 'drafts')
  return shared
}

/**
 * Reads the record at `key` and, in the same readwrite transaction, writes what `decide` returns;
 * so no other tab can write between the read and the write. Resolves once the write is durable.
 */
export function readWrite<T>(
  store: UseStore,
  key: IDBValidKey,
  decide: (old: unknown) => { readonly write?: unknown; readonly result: T },
): Promise<T> {
  return store('readwrite', (objectStore) => {
    return new Promise<T>((resolve, reject) => {
      const tx = objectStore.transaction
      const request = objectStore.get(key)
      let result: T
      request.onsuccess = () => {
        try {
          const decision = decide(request.result)
          result = decision.result
          if (decision.write !== undefined) objectStore.put(decision.write, key)
          // nothing more to ask: commit now instead of after one more round trip to this page, which a
          // tab being closed (the pagehide flush) often does not live to make
          tx.commit?.()
        } catch (err) {
          reject(err)
          tx.abort()
        }
      }
      tx.oncomplete = () => resolve(result)
      tx.onabort = tx.onerror = () => reject(tx.error ?? request.error ?? new DOMException('事务已中止', 'AbortError'))
    })
  })
}
