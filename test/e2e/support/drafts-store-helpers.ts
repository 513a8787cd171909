/**
 * Helpers for the loss-path tests of the draft store: localStorage and the versions database as the
 * app leaves them, and a second page that holds the drafts store busy so that a save stays in flight.
 */
import type { Page } from '@playwright/test'
import { DB_NAME, STORE_NAME } from './faults-helpers'

/** Every localStorage key of the origin that mentions `id`. */
export function storageKeysWith(page: Page, id: string): Promise<string[]> {
  return page.evaluate((draftId) => Object.keys(localStorage).filter((k) => k.includes(draftId)), id)
}

/** The records of the versions database (src/features/drafts/version-store.ts) that belong to draft `id`. */
export function versionRecords(page: Page, id: string): Promise<{ reason: string; content: unknown }[]> {
  return page.evaluate(
    (draftId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('nianbao-versions')
        open.onerror = () => reject(open.error)
        open.onupgradeneeded = () => open.result.createObjectStore('versions')
        open.onsuccess = () => {
          const conn = open.result
          const tx = conn.transaction('versions', 'readonly')
          const all = tx.objectStore('versions').getAll(IDBKeyRange.bound(`${draftId}|`, `${draftId}|\uffff`))
          tx.oncomplete = () => {
            conn.close()
            resolve(all.result as { reason: string; content: unknown }[])
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    id,
  )
}

/**
 * Holds a readwrite transaction on the drafts store from `page` until `release()`: every save of
 * another tab waits behind it, in flight, as a save does on a slow disk.
 */
export async function holdDraftsStore(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(
    ([db, store]) =>
      new Promise<void>((started, reject) => {
        const w = window as unknown as { __held?: Promise<void>; __release?: boolean }
        w.__release = false
        w.__held = new Promise<void>((done) => {
          const open = indexedDB.open(db)
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const conn = open.result
            const tx = conn.transaction(store, 'readwrite')
            const os = tx.objectStore(store)
            // a transaction stays alive while it has requests: ask again until released
            const spin = () => {
              if (w.__release) return
              os.get('__hold__').onsuccess = spin
            }
            spin()
            started()
            tx.oncomplete = () => {
              conn.close()
              done()
            }
          }
        })
      }),
    [DB_NAME, STORE_NAME] as const,
  )
  return {
    release: () =>
      page.evaluate(() => {
        const w = window as unknown as { __held?: Promise<void>; __release?: boolean }
        w.__release = true
        return w.__held
      }),
  }
}
