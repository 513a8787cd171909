/**
 * Issue 11's loss paths 2–5, each reproduced the way a user meets it in the built app. Every test here
 * failed on main before the fix (recovery copy per tab, trash, versions on conflict, schema versions).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { expectSaved, saveStatus } from './support/fill-report'
import { cellLocator, killPage, openReport, putRawRecords, readRawRecord, storageBanner } from './support/faults-helpers'
import { downloadedText, newReport, typeInto } from './support/faults-report'
import { storageKeysWith, versionRecords } from './support/drafts-store-helpers'

const record = (name: string) => JSON.parse(readFileSync(resolve('test/fixtures/records', name), 'utf8')) as Record<string, unknown> & { id: string }

test('loss path 2: the pagehide copy survives the save that was in flight when the tab closed', async ({ page, context }) => {
  // a slow disk: each save of the drafts store is durable at once but the page hears of it 1.5 s later;
  // puts are counted, and after the budget they fail, as the tab's last flush dies with it
  await page.addInitScript(() => {
    const w = window as unknown as { __puts: number; __putBudget?: number }
    w.__puts = 0
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.transaction.db.name !== 'nianbao') return put.apply(this, args)
      if (w.__putBudget !== undefined && w.__putBudget-- <= 0) throw new DOMException('tab gone (injected)', 'AbortError')
      w.__puts += 1
      return put.apply(this, args)
    }
    const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')
    Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
      ...complete,
      set(this: IDBTransaction, fn: ((e: Event) => void) | null) {
        const slow = this.db.name === 'nianbao' && this.mode === 'readwrite' && fn
        complete?.set?.call(this, slow ? (e: Event) => void setTimeout(() => fn.call(this, e), 1500) : fn)
      },
    })
  })
  const id = await newReport(page)
  await typeInto(page, 't3.new_received.natural_person', '1')
  await expectSaved(page)
  const puts = () => page.evaluate(() => (window as unknown as { __puts: number }).__puts)
  const before = await puts()
  await typeInto(page, 't3.new_received.commercial', '2')
  // the debounced save has written; the page has not heard back yet: that save is in flight
  await expect.poll(puts).toBe(before + 1)
  await typeInto(page, 't3.new_received.research', '3')
  // the tab is being closed: the copy is written, the in-flight save commits, nothing after it does
  await page.evaluate(() => {
    ;(window as unknown as { __putBudget?: number }).__putBudget = 0
    window.dispatchEvent(new Event('pagehide'))
  })
  await page.waitForTimeout(2_000)
  await killPage(page, 'crash')

  const reopened = await openReport(context, id)
  await expect(cellLocator(reopened, 't3.new_received.natural_person')).toHaveValue('1')
  await expect(cellLocator(reopened, 't3.new_received.commercial')).toHaveValue('2')
  await expect(cellLocator(reopened, 't3.new_received.research')).toHaveValue('3')
  await expect(reopened.getByRole('status').filter({ hasText: '恢复了未保存的修改' })).toBeVisible()
  await expectSaved(reopened)
})

test('loss path 3: delete moves a report to the trash (回收站); restore brings it back; deleting from the trash leaves no trace', async ({ page, context }) => {
  const id = await newReport(page)
  await typeInto(page, 't3.new_received.natural_person', '42')
  await expectSaved(page)
  await page.getByRole('button', { name: '← 报告列表' }).click()
  await page.getByRole('button', { name: /^删除：/ }).click()
  const dialog = page.getByRole('dialog', { name: '删除报告' })
  await expect(dialog).toContainText('移入回收站')
  await dialog.getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(0)

  await page.getByRole('button', { name: '回收站（1）' }).click()
  await page.getByRole('button', { name: /^恢复：/ }).click()
  await page.getByRole('button', { name: /^打开：/ }).click()
  await expect(cellLocator(page, 't3.new_received.natural_person')).toHaveValue('42')
  await typeInto(page, 't3.new_received.commercial', '5')
  await expectSaved(page)
  await page.getByRole('button', { name: '← 报告列表' }).click()

  // a copy left by a tab that died (planted after the last open, which would have taken it in)
  await page.evaluate((draftId) => localStorage.setItem(`nianbao-journal:${draftId}:dead-tab`, '{"draft":{}}'), id)
  await page.getByRole('button', { name: /^删除：/ }).click()
  await page.getByRole('dialog', { name: '删除报告' }).getByRole('button', { name: '删除' }).click()
  await page.getByRole('button', { name: '回收站（1）' }).click()
  await page.getByRole('button', { name: /^彻底删除：/ }).click()
  const final = page.getByRole('dialog', { name: '彻底删除报告' })
  await expect(final).toContainText('无法恢复')
  await final.getByRole('button', { name: '彻底删除' }).click()
  await expect(page.getByRole('button', { name: '回收站（0）' })).toBeVisible()
  expect(await readRawRecord(page, id)).toBeUndefined()
  expect(await storageKeysWith(page, id)).toEqual([])
  expect(await versionRecords(page, id)).toEqual([])
  const other = await context.newPage()
  await other.goto(`/#/report/${id}`)
  await expect(other.getByRole('alert')).toContainText('找不到该报告')
})

test('loss path 4: a conflict keeps both versions; the copy is written in conflict; leaving asks first', async ({ page: a, context }) => {
  const id = await newReport(a)
  const b = await openReport(context, id)
  await typeInto(a, 't3.new_received.natural_person', '11')
  await expectSaved(a)
  await typeInto(b, 't3.new_received.commercial', '22')
  await expect(storageBanner(b)).toContainText('另一个标签页')

  // leaving B now would lose 22: the browser asks first
  const asked = b.waitForEvent('dialog', { timeout: 5_000 })
  await b.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  expect(b.isClosed()).toBe(false)

  // 保留本页的版本 keeps A's content as a version
  await storageBanner(b).getByRole('button', { name: '保留本页的版本' }).click()
  await expectSaved(b)
  await a.reload()
  await expect(cellLocator(a, 't3.new_received.commercial')).toHaveValue('22')
  await a.getByRole('button', { name: '历史版本' }).click()
  await expect(a.getByRole('row').filter({ hasText: '冲突时另一页的版本' })).toHaveCount(1)
  await a.getByRole('row').filter({ hasText: '冲突时另一页的版本' }).getByRole('button', { name: /^预览：/ }).click()
  await expect(a.getByRole('region', { name: '历史版本预览（只读）' })).toContainText('11')

  // 载入另一页的版本 keeps this tab's content as a version
  await a.getByRole('button', { name: '返回编辑' }).click()
  await typeInto(b, 't3.new_received.research', '33')
  await expectSaved(b)
  await typeInto(a, 't3.new_received.public_welfare', '44')
  await expect(storageBanner(a)).toBeVisible()
  await storageBanner(a).getByRole('button', { name: '载入另一页的版本' }).click()
  await expect(cellLocator(a, 't3.new_received.research')).toHaveValue('33')
  expect((await versionRecords(a, id)).map((v) => v.reason)).toContain('conflict-mine')
  const mine = (await versionRecords(a, id)).find((v) => v.reason === 'conflict-mine')
  expect(JSON.stringify(mine?.content)).toContain('"public_welfare":"44"')

  // in conflict again, the tab closes: its copy is written and comes back as a version
  await typeInto(b, 't3.new_received.legal_services', '55')
  await expectSaved(b)
  await typeInto(a, 't3.new_received.other_org', '66')
  await expect(saveStatus(a)).toHaveText('已暂停保存')
  await a.close({ runBeforeUnload: false })
  const c = await openReport(context, id)
  await expect(c.getByRole('status').filter({ hasText: '已存入历史版本' })).toBeVisible()
  const kept = (await versionRecords(c, id)).find((v) => v.reason === 'recovered-copy')
  expect(JSON.stringify(kept?.content)).toContain('"other_org":"66"')
})

test('loss path 5 / upgrade: records written by the previous schema version open without loss', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()
  const v1 = record('v1-record-2021-department.json')
  const v1gov = record('v1-record-2019-government.json')
  // a field a newer version added, and a record a newer schema wrote
  const withExtra = { ...v1, laterField: { kept: true }, content: { ...(v1['content'] as object), laterContentField: '新版本的数据' } }
  const newer = { ...v1gov, id: 'newer-schema-1', schemaVersion: 99 }
  await putRawRecords(page, [
    { key: v1.id, value: withExtra },
    { key: v1gov.id, value: v1gov },
    { key: newer.id, value: newer },
  ])
  await page.reload()
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(3)
  await expect(page.getByRole('heading', { name: '无法打开的报告' })).toHaveCount(0)

  await page.getByRole('button', { name: `打开：${String(v1['name'])}` }).click()
  await expect(cellLocator(page, 't3.new_received.natural_person')).toHaveValue('12')
  await expect(cellLocator(page, 't3.new_received.commercial')).toHaveValue('3')
  await expect(page.locator('textarea[data-field="problems"]')).toHaveValue(/加强培训/)
  await typeInto(page, 't3.new_received.research', '4')
  await expectSaved(page)
  const stored = (await readRawRecord(page, v1.id)) as Record<string, unknown> & { content: Record<string, unknown> }
  expect(stored).toMatchObject({ schemaVersion: 2, laterField: { kept: true }, revision: 8, createdAt: v1['createdAt'] })
  expect(stored.content['laterContentField']).toBe('新版本的数据')

  // a record of a newer schema: readable, never overwritten by this older page
  await page.goto(`/#/report/${newer.id}`)
  await typeInto(page, 't3.new_received.natural_person', '9')
  await expect(storageBanner(page)).toContainText('本页面版本较旧，请刷新')
  expect(await readRawRecord(page, newer.id)).toEqual(newer)
})

test('loss path 5: 导出原始数据 of a damaged record gives a file that 导入数据包 accepts, or says exactly what is wrong', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()
  const v1 = record('v1-record-2021-department.json')
  const keyMismatch = { ...v1, id: 'other-id' } // damaged only in its key
  const badYear = { ...v1, id: 'bad-year', content: { ...(v1['content'] as object), year: '二〇二四' } }
  await putRawRecords(page, [
    { key: 'stored-under-wrong-key', value: keyMismatch },
    { key: 'bad-year', value: badYear },
  ])
  await page.reload()
  const damaged = page.getByRole('region', { name: '无法打开的报告' })
  await expect(damaged.getByRole('listitem')).toHaveCount(2)
  const exportRaw = async (label: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), damaged.getByRole('button', { name: `导出原始数据：记录“${label}”` }).click()])
    return { name: download.suggestedFilename(), buffer: Buffer.from(await downloadedText(download)) }
  }
  const importFile = (file: { name: string; buffer: Buffer }) => page.getByLabel('导入数据包').setInputFiles({ ...file, mimeType: 'application/json' })

  await importFile(await exportRaw('stored-under-wrong-key'))
  await expect(page.getByRole('status')).toContainText('已导入')
  await expect(page.getByRole('button', { name: `打开：${String(v1['name'])}` })).toHaveCount(1)

  await importFile(await exportRaw('bad-year'))
  await expect(page.getByRole('alert')).toContainText('报告年度（缺少或类型不对，应为数字）')
})
