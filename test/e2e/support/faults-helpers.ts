/**
 * Fault injection for the e2e tests: crashing or killing a page, reading and writing the raw
 * IndexedDB records behind idb-keyval, a seeded random sequence, and the cells a user can type in.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { ReportTemplate } from '../../../src/core/template/types'

/** Where idb-keyval keeps the drafts (src/features/drafts/idb.ts): createStore('nianbao', 'drafts'). */
export const DB_NAME = 'nianbao'
export const STORE_NAME = 'drafts'

export { seededRandom } from '../../../bench/lib/seeded-random.mjs'

/** `n` distinct items of `items`, in a seeded random order. */
export function pickDistinct<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items]
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
  }
  if (pool.length < n) throw new Error(`only ${pool.length} items, ${n} wanted`)
  return pool.slice(0, n)
}

/** The data-path of every numeric input a user types in (computed totals left out). */
export function typableCells(template: ReportTemplate): string[] {
  const compiled = compileTemplate(template)
  return [...compiled.cells.keys()].filter((p) => !compiled.computedBy.has(p))
}

export type KillKind = 'crash' | 'close'

/**
 * Ends the page without a chance to save: `crash` kills the renderer (DevTools Page.crash: no
 * pagehide, no unload); `close` closes the tab skipping beforeunload (pagehide may still run).
 */
export async function killPage(page: Page, kind: KillKind): Promise<void> {
  if (kind === 'close') {
    await page.close({ runBeforeUnload: false })
    return
  }
  const cdp = await page.context().newCDPSession(page)
  const crashed = page.waitForEvent('crash', { timeout: 10_000 })
  // the command never answers: the renderer is gone; the session errors out or hangs
  cdp.send('Page.crash').catch(() => {})
  await crashed
  await page.close().catch(() => {})
}

/** A fresh tab on the report, once its form shows. Opened after the old tab died (no shared renderer). */
export async function openReport(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`/#/report/${id}`)
  await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
  return page
}

/**
 * A tab already loaded on the list page, to reopen a report in after the current tab died: the
 * report is then read from IndexedDB exactly as on a fresh load (the editor mounts on the hash change),
 * but the 365 KB bundle is not parsed again for each of the 20 kills. Its own renderer: checked by
 * the caller, since a crash that took it along would show as a 'crash' event on it.
 */
export async function openSpare(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/#/')
  await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()
  return page
}

/** Opens the report in a spare tab (see openSpare) and waits for its form. */
export async function reopenIn(spare: Page, id: string): Promise<Page> {
  await spare.evaluate((hash) => (window.location.hash = hash), `#/report/${id}`)
  await expect(spare.getByRole('form', { name: '年度报告内容' })).toBeVisible()
  return spare
}

/** The value of every numeric input, by data-path. */
export async function cellValues(page: Page): Promise<Record<string, string>> {
  return page
    .locator('input[data-path]')
    .evaluateAll((inputs) => Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).dataset['path'] ?? '', (i as HTMLInputElement).value])))
}

export function cellLocator(page: Page, path: string) {
  return page.locator(`input[data-path="${path}"]`)
}

/** The raw records of the drafts store, read directly (not through the app): key → value. */
export async function readRawRecords(page: Page): Promise<{ key: IDBValidKey; value: unknown }[]> {
  return page.evaluate(
    ([db, store]) =>
      new Promise<{ key: IDBValidKey; value: unknown }[]>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const conn = open.result
          const tx = conn.transaction(store, 'readonly')
          const os = tx.objectStore(store)
          const keys = os.getAllKeys()
          const values = os.getAll()
          tx.oncomplete = () => {
            conn.close()
            resolve(keys.result.map((key, i) => ({ key, value: values.result[i] as unknown })))
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [DB_NAME, STORE_NAME] as const,
  )
}

/** One record's raw value (undefined when absent). */
export async function readRawRecord(page: Page, key: string): Promise<unknown> {
  const records = await readRawRecords(page)
  return records.find((r) => r.key === key)?.value
}

/**
 * Writes records straight into the store, as idb-keyval does (out-of-line keys, structured clone).
 * The database must already exist (the app creates it on first use).
 */
export async function putRawRecords(page: Page, records: readonly { key: string; value: unknown }[]): Promise<void> {
  await page.evaluate(
    ([db, store, recs]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const conn = open.result
          if (!conn.objectStoreNames.contains(store)) {
            conn.close()
            reject(new Error(`no object store ${store} in ${db}`))
            return
          }
          const tx = conn.transaction(store, 'readwrite')
          for (const r of recs) tx.objectStore(store).put(r.value, r.key)
          tx.oncomplete = () => {
            conn.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [DB_NAME, STORE_NAME, records] as const,
  )
}

/** The editor's storage banner (error or conflict): the role=alert that offers 导出数据包. */
export function storageBanner(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('button', { name: '导出数据包' }) })
}
