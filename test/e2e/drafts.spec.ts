// The draft list, data packages, two tabs and autosave: what keeps a report safe between sessions.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import type { ReportContent } from '../../src/core/values/types'
import { format2021 } from '../../templates/format-2021'
import { loadSeed } from '../fixtures/seeds'
import { saveScreenshot } from './support/artifacts'
import {
  cellByPath,
  createReport,
  expectReportShown,
  expectSaved,
  filledCells,
  problemsPanel,
  retypeCell,
  typedCells,
  typeReport,
} from './support/fill-report'

test('the draft list: rename, duplicate, delete with confirmation, open the copy', async ({ page }, testInfo) => {
  const first = { agency: '北京市某区科学技术委员会', year: 2024, unitType: 'department' as const }
  const second = { agency: '北京市某区教育委员会', year: 2023, unitType: 'department' as const }
  const button = (name: string) => page.getByRole('button', { name, exact: true })

  await test.step('create two reports', async () => {
    await page.goto('/')
    await createReport(page, first)
    await retypeCell(cellByPath(page, format2021, 't3.new_received.natural_person'), '3')
    await expectSaved(page)
    await button('← 报告列表').click()
    await createReport(page, second)
    await cellByPath(page, format2021, 't3.new_received.commercial').fill('4')
    await cellByPath(page, format2021, 't4.cases.review_upheld').fill('2')
    await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况', exact: true }).fill('培训不足。')
    await expectSaved(page)
    await button('← 报告列表').click()
    await expect(button('打开：北京市某区科学技术委员会 2024年度')).toBeVisible()
    await expect(button('打开：北京市某区教育委员会 2023年度')).toBeVisible()
  })

  await test.step('rename', async () => {
    await button('重命名：北京市某区科学技术委员会 2024年度').click()
    const dialog = page.getByRole('dialog', { name: '重命名报告' })
    await dialog.getByLabel('报告名称').fill('科委年报（初稿）')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: '已重命名为“科委年报（初稿）”' })).toBeVisible()
    await expect(button('打开：科委年报（初稿）')).toBeVisible()
    await expect(button('打开：北京市某区科学技术委员会 2024年度')).toHaveCount(0)
  })

  await test.step('duplicate', async () => {
    await button('复制：北京市某区教育委员会 2023年度').click()
    await expect(button('打开：北京市某区教育委员会 2023年度（副本）')).toBeVisible()
    await expect(button('打开：北京市某区教育委员会 2023年度')).toBeVisible()
  })

  await test.step('delete asks first; 取消 keeps the report, 删除 removes it', async () => {
    await button('删除：科委年报（初稿）').click()
    const dialog = page.getByRole('dialog', { name: '删除报告' })
    await expect(dialog).toContainText('确定删除“科委年报（初稿）”？报告将移入回收站，30 天内可以恢复。')
    // the safe answer has the focus
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused()
    await saveScreenshot(page, testInfo, 'drafts-delete-dialog')
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()
    await expect(button('打开：科委年报（初稿）')).toBeVisible()
    await button('删除：科委年报（初稿）').click()
    await dialog.getByRole('button', { name: '删除' }).click()
    await expect(dialog).toBeHidden()
    await expect(button('打开：科委年报（初稿）')).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(2)
  })

  await test.step('the copy opens with the figures of the original', async () => {
    await page.reload()
    await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(2)
    await button('打开：北京市某区教育委员会 2023年度（副本）').click()
    await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
    await expect(page.locator('.toolbar-title')).toHaveText('北京市某区教育委员会 2023年度（副本）')
    await expect(cellByPath(page, format2021, 't3.new_received.commercial')).toHaveValue('4')
    await expect(cellByPath(page, format2021, 't4.cases.review_upheld')).toHaveValue('2')
    await expect(cellByPath(page, format2021, 't3.new_received.natural_person')).toHaveValue('')
    await expect(page.getByRole('textbox', { name: '五、存在的主要问题及改进情况', exact: true })).toHaveValue('培训不足。')
  })
})

test('data package: exported from the editor, imported on another PC; a broken file is refused with a clear message', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000)
  // the daxing texts with part of its figures (the whole report is typed above): 表三 keeps rows 一 and 二 only
  const seed = loadSeed('daxing-2024').content
  const t3 = seed.cells['t3'] ?? {}
  const content: ReportContent = {
    ...seed,
    manualTotals: [],
    cells: { ...seed.cells, t3: { new_received: t3['new_received'] ?? {}, carried_over: t3['carried_over'] ?? {} } },
  }
  let summary = ''
  const draftName = `${content.agency} ${content.year}年度`
  // kept in memory: Playwright's download folder lives in test-results/e2e, which any other run empties
  let packageText = ''

  await test.step('type a report and export its data package', async () => {
    await page.goto('/')
    await createReport(page, { agency: content.agency, year: content.year, unitType: content.unitType })
    await typeReport(page, format2021, content)
    await expectSaved(page)
    summary = (await problemsPanel(page).summary.textContent()) ?? ''
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出数据包', exact: true }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`${draftName}.json`)
    packageText = await readFile(await file.path(), 'utf8')
    const pkg = JSON.parse(packageText) as { kind: string; formatId: string; name: string; content: ReportContent }
    expect(pkg.kind).toBe('nianbao-report')
    expect(pkg.formatId).toBe(format2021.id)
    expect(pkg.name).toBe(draftName)
    expect(pkg.content).toMatchObject({ agency: content.agency, year: 2024, unitType: 'department', opening: content.opening, problems: content.problems, other: content.other, manualTotals: [] })
    expect(pkg.content.overview.map((s) => [s.title, s.body])).toEqual(content.overview.map((s) => [s.title, s.body]))
    expect(filledCells(pkg.content)).toEqual(typedCells(format2021, content))
  })

  // another PC: a browser profile with no drafts
  const other = await browser.newContext()
  try {
    const page2 = await other.newPage()
    await test.step('import it on another PC: a new draft with the same content', async () => {
      await page2.goto('/')
      await expect(page2.getByText('本浏览器中还没有报告')).toBeVisible()
      await page2.getByLabel('导入数据包').setInputFiles({ name: `${draftName}.json`, mimeType: 'application/json', buffer: Buffer.from(packageText) })
      await expect(page2.getByRole('status').filter({ hasText: `已导入“${draftName}”` })).toBeVisible()
      await expect(page2.getByRole('button', { name: /^打开：/ })).toHaveCount(1)
      await page2.getByRole('button', { name: `打开：${draftName}`, exact: true }).click()
      await expect(page2.getByRole('form', { name: '年度报告内容' })).toBeVisible()
      await expectReportShown(page2, format2021, content)
      await expect(problemsPanel(page2).summary).toHaveText(summary)
      await page2.getByRole('button', { name: '← 报告列表', exact: true }).click()
    })

    await test.step('broken and foreign files are refused; the list is unchanged', async () => {
      const input = page2.getByLabel('导入数据包')
      await input.setInputFiles({ name: '年报.json', mimeType: 'application/json', buffer: Buffer.from(packageText.slice(0, packageText.length / 2)) })
      await expect(page2.getByRole('alert')).toHaveText('未导入：文件已损坏或不完整，无法读取')
      await saveScreenshot(page2, testInfo, 'import-refused')
      await input.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark"}') })
      await expect(page2.getByRole('alert')).toHaveText(/^未导入：[\p{Script=Han}，。、“”：（）\d]+/u)
      await expect(page2.getByRole('alert')).not.toHaveText('未导入：文件已损坏或不完整，无法读取')
      await expect(page2.getByRole('button', { name: /^打开：/ })).toHaveCount(1)
      await page2.reload()
      await expect(page2.getByRole('button', { name: /^打开：/ })).toHaveCount(1)
    })
  } finally {
    await other.close()
  }
})

test('two tabs on the same draft: the second is told instead of overwriting the first', async ({ page, context }, testInfo) => {
  const cell = (p: Page) => cellByPath(p, format2021, 't3.new_received.natural_person')
  await page.goto('/')
  await createReport(page, { agency: '北京市某区发展和改革委员会', year: 2024, unitType: 'department' })
  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByRole('form', { name: '年度报告内容' })).toBeVisible()

  await test.step('the first tab types and saves', async () => {
    await retypeCell(cell(page), '7')
    await expectSaved(page)
  })

  await test.step('the second tab types: it is told about the other tab and does not save', async () => {
    await retypeCell(cell(second), '9')
    const alert = second.getByRole('alert').filter({ hasText: '另一个标签页' })
    // in sight where the user is typing, not at the top of a long page
    await expect(alert).toBeInViewport()
    await expect(second.getByRole('status', { name: '保存状态' })).toHaveText('已暂停保存')
    await expect(alert.getByRole('button', { name: '载入另一页的版本' })).toBeVisible()
    await expect(alert.getByRole('button', { name: '保留本页的版本' })).toBeVisible()
    await saveScreenshot(second, testInfo, 'two-tabs-conflict')
  })

  await test.step("the first tab's value is intact after a reload", async () => {
    await page.reload()
    await expect(cell(page)).toHaveValue('7')
  })

  await test.step('the second tab loads the other version', async () => {
    await second.getByRole('button', { name: '载入另一页的版本' }).click()
    await expect(cell(second)).toHaveValue('7')
    await expect(second.getByRole('alert').filter({ hasText: '另一个标签页' })).toHaveCount(0)
    await expect(second.getByRole('status', { name: '保存状态' })).toHaveText(/^已保存/)
  })
})

test.describe('nothing lost', () => {
  test('a change is in IndexedDB within a second, without waiting for anything', async ({ page }) => {
    await page.goto('/')
    await createReport(page, { agency: '北京市某区民政局', year: 2024, unitType: 'department' })
    await cellByPath(page, format2021, 't4.cases.review_upheld').fill('8')
    await page.getByLabel('开头段落', { exact: true }).fill('本报告依据条例第五十条编制。')
    await page.waitForTimeout(1_000)
    await page.reload()
    await expect(cellByPath(page, format2021, 't4.cases.review_upheld')).toHaveValue('8')
    await expect(page.getByLabel('开头段落', { exact: true })).toHaveValue('本报告依据条例第五十条编制。')
  })

  test('a change made just before a reload is saved on pagehide', async ({ page }) => {
    // the tab's own IndexedDB flush may not outlive the reload; the localStorage copy written in pagehide does.
    // So the flush is made to fail here: only the copy can bring the value back.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        // set on the page being left only: the reloaded page has a new window
        if ((window as unknown as { __noPut?: boolean }).__noPut) throw new DOMException('flush lost with the tab (injected)', 'AbortError')
        return put.apply(this, args)
      }
    })
    await page.goto('/')
    await createReport(page, { agency: '北京市某区民政局', year: 2024, unitType: 'department' })
    await cellByPath(page, format2021, 't4.cases.review_upheld').fill('8')
    // no wait for the debounce: leaving the page must not lose the change
    await page.evaluate(() => ((window as unknown as { __noPut?: boolean }).__noPut = true))
    await page.reload()
    await expect(cellByPath(page, format2021, 't4.cases.review_upheld')).toHaveValue('8', { timeout: 2_000 })
    await expect(page.getByRole('status').filter({ hasText: '恢复了未保存的修改' })).toBeVisible()
  })
})
