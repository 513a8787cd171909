// Installable and offline (issue 11): after one visit the app opens, edits, previews and downloads with
// no network; a new version waits for the user and never touches the drafts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { cellByPath, createReport, expectSaved } from './support/fill-report'
import { readDownloadedDocx } from './support/word-helpers'
import { downloadWord } from './support/read-outputs'

const DIST = resolve(import.meta.dirname, '../../dist')

/** Waits until the service worker has precached everything and is active. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    if (!reg.active) throw new Error('no active service worker')
  })
}

test('after one visit: offline, the app reloads, creates a report, fills, previews and downloads the .docx', async ({ page, context }) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()
  await serviceWorkerReady(page)

  await context.setOffline(true)
  // the network is really gone: a file the worker does not hold cannot be fetched
  expect(await page.evaluate(() => fetch('/not-cached.txt').then(() => 'fetched', () => 'failed'))).toBe('failed')
  await page.reload()
  await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()

  await createReport(page, { agency: '北京市离线测试区科学技术委员会', year: 2024, unitType: 'department' })
  await cellByPath(page, format2021, 't3.new_received.natural_person').fill('6')
  await cellByPath(page, format2021, 't3.carried_over.natural_person').fill('0')
  await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况', exact: true }).fill('离线时写下的内容。')
  await expectSaved(page)

  // the preview and the .docx writer are lazy chunks: both came from the worker's cache
  await page.getByRole('button', { name: '预览', exact: true }).click()
  await expect(page.getByRole('article', { name: /^第1页，共\d+页$/ })).toBeVisible()
  await expect(page.locator('section.preview-panel')).toContainText('离线时写下的内容。')
  await page.getByRole('button', { name: '关闭预览' }).click()
  const word = await downloadWord(page)
  const docx = readDownloadedDocx(new Uint8Array(readFileSync(await word.path())), format2021)
  expect(docx.documentXml).toContain('离线时写下的内容。')

  // still offline: the draft is in the list after another reload
  await page.goto('/#/')
  await page.reload()
  await expect(page.getByRole('button', { name: '打开：北京市离线测试区科学技术委员会 2024年度' })).toBeVisible()
})

test('the service worker precaches every file of the build, lazy chunks and static files included', () => {
  const sw = readFileSync(resolve(DIST, 'sw.js'), 'utf8')
  const precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]))
  const files = (dir: string, prefix = ''): string[] =>
    readdirSync(resolve(DIST, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(`${dir}/${d.name}`, `${prefix}${d.name}/`) : [`${prefix}${d.name}`]))
  const built = files('.').filter((f) => !/^(sw\.js|workbox-[\w-]+\.js)$/.test(f))
  expect(built.length).toBeGreaterThan(10)
  expect(built.filter((f) => !precached.has(f))).toEqual([])
  expect([...precached].some((u) => /^assets\/render-docx-[\w-]+\.js$/.test(u ?? ''))).toBe(true)
  expect([...precached].some((u) => /^assets\/preview-panel-[\w-]+\.js$/.test(u ?? ''))).toBe(true)
})

test('a new version waits with 「有新版本，刷新后生效」; reloading to it keeps the drafts', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await serviceWorkerReady(page)
  await page.reload()
  await createReport(page, { agency: '北京市更新测试区科学技术委员会', year: 2024, unitType: 'department' })
  await cellByPath(page, format2021, 't3.new_received.natural_person').fill('9')
  await expectSaved(page)

  // the next version: the worker script changes on the server (vite preview reads files on each request)
  const file = resolve(DIST, 'sw.js')
  const current = readFileSync(file, 'utf8')
  const banner = page.getByRole('status').filter({ hasText: '有新版本，刷新后生效' })
  try {
    writeFileSync(file, `${current}\n// next version\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect(banner).toBeVisible({ timeout: 15_000 })
    await expect(cellByPath(page, format2021, 't3.new_received.natural_person')).toHaveValue('9')
    const loaded = page.waitForEvent('load')
    await banner.getByRole('button', { name: '立即刷新' }).click()
    await loaded
  } finally {
    writeFileSync(file, current)
  }
  await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
  await expect(cellByPath(page, format2021, 't3.new_received.natural_person')).toHaveValue('9')
  await expect(page.getByRole('status').filter({ hasText: '有新版本' })).toHaveCount(0)
  // the new version took over: nothing waits any more
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false)
})
