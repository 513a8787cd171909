/**
 * Fault injection in the built app (design.md, "Nothing lost"): IndexedDB holds damaged records;
 * storage is full or missing; two tabs edit one draft; input too long to store.
 */
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { expectSaved, saveStatus } from './support/fill-report'
import {
  cellLocator,
  openReport,
  putRawRecords,
  readRawRecord,
  readRawRecords,
  storageBanner,
} from './support/faults-helpers'
import { AGENCY, downloadedText, newReport, typeInto } from './support/faults-report'

test('damaged records: the app opens, names each one with its reason, exports its raw content, and leaves the good draft intact', async ({ page }) => {
  const id = await newReport(page)
  await typeInto(page, 't3.new_received.natural_person', '42')
  await page.getByLabel('开头段落', { exact: true }).fill('完好的报告：开头段落。')
  await expectSaved(page)
  const goodBefore = await readRawRecord(page, id)
  expect(goodBefore).toMatchObject({ id, formatId: format2021.id })

  const invalidJson = '{"id":"bad-json","formatId":"gov-info-annual-2021","name":"半截记录 INVALID-JSON-MARKER'
  const good = goodBefore as Record<string, unknown>
  const damaged = [
    { key: 'bad-json', value: invalidJson },
    { key: 'wrong-shape', value: { id: 'wrong-shape', title: 'WRONG-SHAPE-MARKER', cells: [1, 2, 3] } },
    { key: 'foreign-format', value: { ...good, id: 'foreign-format', formatId: 'gov-info-annual-2035', name: 'FOREIGN-FORMAT-MARKER' } },
    { key: 'newer-version', value: { ...good, id: 'newer-version', formatVersion: 99, name: 'NEWER-VERSION-MARKER' } },
  ]
  await putRawRecords(page, damaged)

  await page.goto('/#/')
  await page.reload()
  // the good draft is listed and openable
  await expect(page.getByRole('button', { name: `打开：${AGENCY} 2024年度` })).toBeVisible()
  const section = page.getByRole('region', { name: '无法打开的报告' })
  await expect(section).toBeVisible()
  const items = section.getByRole('listitem')
  await expect(items).toHaveCount(4)
  await expect(items.filter({ hasText: '记录“bad-json”' })).toContainText('不是有效的 JSON')
  await expect(items.filter({ hasText: '记录“wrong-shape”' })).toContainText('记录内容不完整或已损坏')
  await expect(items.filter({ hasText: '记录“foreign-format”' })).toContainText('不认识的报告格式（gov-info-annual-2035）')
  await expect(items.filter({ hasText: '记录“newer-version”' })).toContainText('更新版本的年报编制助手')

  // each one's raw content can be kept
  const markers: Record<string, string> = {
    'bad-json': invalidJson,
    'wrong-shape': 'WRONG-SHAPE-MARKER',
    'foreign-format': 'FOREIGN-FORMAT-MARKER',
    'newer-version': 'NEWER-VERSION-MARKER',
  }
  for (const [key, marker] of Object.entries(markers)) {
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: `导出原始数据：记录“${key}”` }).click()])
    expect(download.suggestedFilename()).toContain(key)
    const text = await downloadedText(download)
    if (key === 'bad-json') expect(text).toBe(invalidJson)
    else {
      expect(text).toContain(marker)
      // a structured record comes out as JSON the user (or support) can read
      expect(JSON.parse(text)).toMatchObject({ id: key })
    }
  }

  // nothing was dropped or rewritten; the good draft is byte for byte what it was
  const after = await readRawRecords(page)
  expect(after.map((r) => r.key).sort()).toEqual([...damaged.map((d) => d.key), id].sort())
  for (const d of damaged) expect(after.find((r) => r.key === d.key)?.value).toEqual(d.value)
  expect(after.find((r) => r.key === id)?.value).toEqual(goodBefore)

  // and it opens with its values
  await page.getByRole('button', { name: `打开：${AGENCY} 2024年度` }).click()
  await expect(cellLocator(page, 't3.new_received.natural_person')).toHaveValue('42')
  await expect(page.getByLabel('开头段落', { exact: true })).toHaveValue('完好的报告：开头段落。')

  // a damaged record opened by its address says so instead of showing an empty form
  await page.goto('/#/report/wrong-shape')
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('记录内容不完整或已损坏')
  expect(await readRawRecord(page, 'wrong-shape')).toEqual(damaged[1]?.value)
})

test.describe('storage unavailable or full', () => {
  test('no IndexedDB at all: the home page says so at once', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined })
    })
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('浏览器存储不可用', { timeout: 2_000 })
    // creating a report says why it cannot be kept
    await page.getByRole('form', { name: '新建年度报告' }).getByLabel('机关名称', { exact: true }).fill(AGENCY)
    await page.getByRole('button', { name: '创建报告' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '报告未能创建' })).toContainText('浏览器存储不可用')
  })

  test('indexedDB.open throws (storage blocked, SecurityError): the home page says so at once', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      }
    })
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('浏览器存储不可用', { timeout: 2_000 })
    await expect(page.getByRole('alert')).toContainText('SecurityError')
  })

  test('quota exceeded while typing: a banner within a second offers the data package, which holds the value; freed space resumes saving', async ({ page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) throw new DOMException('Quota exceeded (injected)', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    const id = await newReport(page)
    await typeInto(page, 't3.new_received.natural_person', '5')
    await expectSaved(page)

    await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true))
    const typedAt = Date.now()
    await typeInto(page, 't3.new_received.commercial', '8')
    const banner = storageBanner(page)
    await expect(banner).toBeVisible({ timeout: 1_000 })
    const shownAfter = Date.now() - typedAt
    expect(shownAfter).toBeLessThan(1_500)
    await expect(banner).toContainText('存储空间已满')
    await expect(saveStatus(page)).toHaveText('未能保存')

    const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '导出数据包' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.json$/)
    const pkg = JSON.parse(await downloadedText(download)) as { content?: { cells?: Record<string, Record<string, Record<string, string>>> } }
    expect(pkg.content?.cells?.['t3']?.['new_received']?.['commercial']).toBe('8')
    expect(pkg.content?.cells?.['t3']?.['new_received']?.['natural_person']).toBe('5')
    // IndexedDB still has the last good save, undamaged
    const stored = (await readRawRecord(page, id)) as { content: { cells: Record<string, Record<string, Record<string, string>>> } }
    expect(stored.content.cells['t3']?.['new_received']?.['natural_person']).toBe('5')
    expect(stored.content.cells['t3']?.['new_received']?.['commercial'] ?? '').toBe('')

    // space freed: the next change saves everything, the 8 typed while full included
    await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = false))
    await typeInto(page, 't3.new_received.research', '1')
    await expectSaved(page)
    await expect(banner).toBeHidden()
    await page.reload()
    await expect(cellLocator(page, 't3.new_received.commercial')).toHaveValue('8')
    await expect(cellLocator(page, 't3.new_received.research')).toHaveValue('1')
  })

  test('IndexedDB goes away after the report opened (InvalidStateError on every transaction): banner at once, export offered', async ({ page }) => {
    await page.addInitScript(() => {
      const transaction = IDBDatabase.prototype.transaction
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        if ((window as unknown as { __dbGone?: boolean }).__dbGone) throw new DOMException('The database connection is closing.', 'InvalidStateError')
        return transaction.apply(this, args)
      } as IDBDatabase['transaction']
    })
    await newReport(page)
    await page.evaluate(() => ((window as unknown as { __dbGone?: boolean }).__dbGone = true))
    await typeInto(page, 't3.new_received.natural_person', '3')
    const banner = storageBanner(page)
    await expect(banner).toBeVisible({ timeout: 1_000 })
    await expect(banner).toContainText('浏览器存储不可用')
    const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '导出数据包' }).click()])
    expect(await downloadedText(download)).toContain('"natural_person": "3"')
  })
})

test.describe('the same draft in two tabs', () => {
  test('B is told of A’s save and never silently overwrites it; 「保留本页的版本」 is the only way B wins', async ({ page: a, context }) => {
    const id = await newReport(a)
    const b = await openReport(context, id)

    await typeInto(a, 't3.new_received.natural_person', '11')
    await expectSaved(a)
    await typeInto(b, 't3.new_received.commercial', '22')
    const banner = storageBanner(b)
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('另一个标签页')
    await expect(saveStatus(b)).toHaveText('已暂停保存')
    // give B's debounce every chance to write
    await b.waitForTimeout(800)

    await a.reload()
    await expect(cellLocator(a, 't3.new_received.natural_person')).toHaveValue('11')
    await expect(cellLocator(a, 't3.new_received.commercial')).toHaveValue('')

    // the explicit choice: B's version replaces A's
    await banner.getByRole('button', { name: '保留本页的版本' }).click()
    await expectSaved(b)
    await expect(banner).toBeHidden()
    await a.reload()
    await expect(cellLocator(a, 't3.new_received.commercial')).toHaveValue('22')
    await expect(cellLocator(a, 't3.new_received.natural_person')).toHaveValue('')
  })

  test('without BroadcastChannel (no notice from A), B’s save is still refused by the revision check', async ({ page: a, context }) => {
    const id = await newReport(a)
    const b = await context.newPage()
    await b.addInitScript(() => {
      // @ts-expect-error removing the API to simulate a browser or moment where the message never arrives
      delete window.BroadcastChannel
    })
    await b.goto(`/#/report/${id}`)
    await expect(b.getByRole('form', { name: '年度报告内容' })).toBeVisible()

    await typeInto(a, 't3.new_received.natural_person', '11')
    await expectSaved(a)
    await expect(storageBanner(b)).toBeHidden()
    await typeInto(b, 't3.new_received.commercial', '22')
    await expect(storageBanner(b)).toBeVisible()
    await expect(storageBanner(b)).toContainText('另一个标签页')

    await a.reload()
    await expect(cellLocator(a, 't3.new_received.natural_person')).toHaveValue('11')
    await expect(cellLocator(a, 't3.new_received.commercial')).toHaveValue('')

    // 「载入另一页的版本」: B now shows A's version and saves from there
    await storageBanner(b).getByRole('button', { name: '载入另一页的版本' }).click()
    await expect(cellLocator(b, 't3.new_received.natural_person')).toHaveValue('11')
    await typeInto(b, 't3.new_received.research', '33')
    await expectSaved(b)
    await a.reload()
    await expect(cellLocator(a, 't3.new_received.natural_person')).toHaveValue('11')
    await expect(cellLocator(a, 't3.new_received.research')).toHaveValue('33')
  })
})

test.describe('overlong input never leaves a damaged draft behind', () => {
  test('a 机关名称 of exactly 200 characters (the limit) makes a report that opens, listed under a name cut to 200', async ({ page }) => {
    const agency = `${'某'.repeat(193)}科学技术委员会`
    expect(agency).toHaveLength(200)
    const id = await newReport(page, agency)
    await expect(page.getByRole('form', { name: '年度报告内容' }).getByLabel('机关名称', { exact: true })).toHaveValue(agency)
    const stored = (await readRawRecord(page, id)) as { name: string; content: { agency: string } }
    expect(stored.content.agency).toBe(agency)
    expect(stored.name.length).toBeLessThanOrEqual(200)
    await page.goto('/#/')
    await expect(page.getByRole('region', { name: '无法打开的报告' })).toBeHidden()
    await expect(page.getByRole('button', { name: /^打开：某+/ })).toHaveCount(1)
  })

  test('a 3000-character 机关名称 pasted into the new-report form is held to the 200-character limit, and the report opens', async ({ page }) => {
    await page.goto('/')
    const form = page.getByRole('form', { name: '新建年度报告' })
    const field = form.getByLabel('机关名称', { exact: true })
    await field.fill('长'.repeat(3000))
    expect((await field.inputValue()).length).toBe(200)
    await form.getByRole('button', { name: '创建报告' }).click()
    await expect(page).toHaveURL(/#\/report\//)
    await expect(page.getByRole('region', { name: '无法打开的报告' })).toBeHidden()
  })

  test('a 3000-character 机关名称 pasted in the editor is held to the limit and saved; the draft stays readable', async ({ page }) => {
    const id = await newReport(page)
    const field = page.getByRole('form', { name: '年度报告内容' }).getByLabel('机关名称', { exact: true })
    await field.fill('长'.repeat(3000))
    expect((await field.inputValue()).length).toBe(200)
    // the status may still read 已保存 from before the change: wait for the record itself
    await expect.poll(async () => ((await readRawRecord(page, id)) as { content: { agency: string } }).content.agency, { timeout: 3_000 }).toBe('长'.repeat(200))
    await expect(saveStatus(page)).toHaveText(/已保存/)
  })
})
