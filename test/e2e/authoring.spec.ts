import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import type { ReportContent } from '../../src/core/values/types'
import { format2019 } from '../../templates/format-2019'
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
  withCells,
} from './support/fill-report'
import { report2020 } from './support/report-2020'

/** No problem left: 「未发现问题」, and no cell marked. */
async function expectNoProblems(page: Page) {
  await expect(problemsPanel(page).summary).toHaveText('未发现问题')
  await expect(page.locator('input[aria-invalid="true"]')).toHaveCount(0)
}

/** The daxing-2024 report as its staff would type it: the seed, with 表三 totals computed by the app and 表四 totals typed. */
function daxingContent(): ReportContent {
  return { ...loadSeed('daxing-2024').content, manualTotals: ['t4'] }
}

test.describe('authoring a whole report', () => {
  test.describe.configure({ timeout: 120_000 })

  test('daxing-2024 (2021 format, 部门): typed, checked, an inconsistency shown at the cell and fixed, everything back after a reload', async ({ page }, testInfo) => {
    const content = daxingContent()
    const t3 = (row: string, col = 'natural_person') => cellByPath(page, format2021, `t3.${row}.${col}`, content.manualTotals)

    await test.step('create the report from the list page', async () => {
      await page.goto('/')
      await createReport(page, { agency: content.agency, year: content.year, unitType: content.unitType })
      await expect(page.getByText('适用格式：2021年版格式')).toBeVisible()
    })

    await test.step('type every text and figure', async () => {
      await typeReport(page, format2021, content, {
        keyboard: ['t3.new_received.natural_person', 't3.r_unable_not_held.natural_person', 't2.normative_docs.repealed', 't2.normative_docs.in_force', 'p6.fees.notice_amount'],
      })
      await expectNoProblems(page)
      // the app's totals are the ones printed in the published report
      await expect(t3('new_received', 'total')).toHaveValue('1')
      await expect(t3('r_total')).toHaveValue('1')
      await expect(t3('r_total', 'total')).toHaveValue('1')
      await saveScreenshot(page, testInfo, 'daxing-2024-filled', { fullPage: true })
      // a 1280-px laptop shows 表三 whole, without sideways scrolling
      expect(await page.locator('.table-scroll:has(table.table-t3)').evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0)
    })

    const carriedForward = t3('carried_forward')
    await test.step('an inconsistency is shown at its cell and in the panel', async () => {
      await retypeCell(carriedForward, '5')
      await expect(carriedForward).toHaveAttribute('aria-invalid', 'true')
      await expect(carriedForward).toHaveAttribute('data-severity', 'error')
      const { panel, summary } = problemsPanel(page)
      await expect(summary).toHaveText(/^[1-9]\d*个错误/)
      const problem = panel.getByRole('button', { name: /^自然人：一\+二＝1，三（七）\+四＝6，相差5（/ })
      await expect(problem).toBeVisible()
      // focused, the cell says what is wrong in its floating tip
      const tip = page.getByRole('tooltip')
      await expect(tip).toContainText('相差5')
      // just under its cell, and still there after the page scrolls
      const gap = async () => ((await tip.boundingBox())?.y ?? NaN) - ((await carriedForward.boundingBox()) ?? { y: NaN, height: 0 }).y
      expect(await gap()).toBeGreaterThan(20)
      expect(await gap()).toBeLessThan(50)
      await page.mouse.wheel(0, 120)
      await expect.poll(gap).toBeGreaterThan(20)
      await expect.poll(gap).toBeLessThan(50)
      await saveScreenshot(page, testInfo, 'daxing-2024-inconsistency')
      // the panel's button takes the user to the rule's first cell
      await page.getByLabel('开头段落', { exact: true }).focus()
      await problem.click()
      await expect(t3('new_received')).toBeFocused()
    })

    // part 一 （三） says how many applications came in: it has to follow the table
    const onRequest = content.overview.findIndex((s) => s.topicId === 'on_request')
    const oldBody = content.overview[onRequest]?.body ?? ''
    const newBody = oldBody.replace('新接收政府信息公开申请1件', '新接收政府信息公开申请6件')
    expect(newBody).not.toBe(oldBody)

    await test.step('fixed by changing the other side of the rule; the narrative then disagrees, and is fixed too', async () => {
      await retypeCell(t3('new_received'), '6')
      await expect(carriedForward).not.toHaveAttribute('aria-invalid', 'true')
      await expect(t3('new_received', 'total')).toHaveValue('6')
      const { panel, summary } = problemsPanel(page)
      await expect(summary).toHaveText('0个错误，1个提醒')
      await expect(page.locator('input[aria-invalid="true"]')).toHaveCount(0)
      await expect(panel.getByRole('button', { name: /^正文写“.*1件”，但表三“一、本年新收政府信息公开申请数量”的总计为6/ })).toBeVisible()
      await page.getByRole('form', { name: '年度报告内容' }).locator('fieldset.subsection').nth(onRequest).locator('textarea').fill(newBody)
      await expectNoProblems(page)
    })

    await test.step('reloaded: every text and figure is back as typed', async () => {
      await expectSaved(page)
      await page.reload()
      await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
      const cells = withCells(content, {
        't3.new_received.natural_person': '6',
        't3.new_received.total': '6',
        't3.carried_forward.natural_person': '5',
        't3.carried_forward.total': '5',
      })
      const fixed = { ...cells, overview: cells.overview.map((s, i) => (i === onRequest ? { ...s, body: newBody } : s)) }
      await expectReportShown(page, format2021, fixed)
      await expectNoProblems(page)
    })
  })

  test('a 2020 report (2019 format, 人民政府) with a negative 本年增/减: typed, checked, back after a reload', async ({ page }, testInfo) => {
    const content = report2020()
    await test.step('create the report', async () => {
      await page.goto('/')
      await createReport(page, { agency: content.agency, year: content.year, unitType: content.unitType })
      await expect(page.getByText('适用格式：2019年版格式')).toBeVisible()
      // 表二 has no totals, so no switch for them; 表三 has one
      await expect(page.getByRole('checkbox', { name: /^手动填写表二的合计/ })).toHaveCount(0)
      await expect(page.getByRole('checkbox', { name: /^手动填写表三的合计/ })).not.toBeChecked()
      // a government report starts with the Art. 50(四) topic
      await expect(page.getByLabel('（六）小节标题', { exact: true })).toHaveValue('工作考核、社会评议和责任追究结果情况')
    })
    await test.step('type every text and figure', async () => {
      await typeReport(page, format2019, content, { keyboard: ['t2.penalty.change', 't2.other_services.change', 't2.central_procurement.amount', 't3.r_other.natural_person'] })
      await expect(cellByPath(page, format2019, 't2.penalty.change')).toHaveValue('-3')
      await expect(cellByPath(page, format2019, 't3.r_total.natural_person')).toHaveValue('13')
      await expect(cellByPath(page, format2019, 't4.cases.review_total')).toHaveValue('4')
      await expectNoProblems(page)
      await saveScreenshot(page, testInfo, 'report-2020-filled', { fullPage: true })
      await saveScreenshot(page.locator('#part-proactive'), testInfo, 'report-2020-table2')
    })
    await test.step('reloaded: everything is back as typed', async () => {
      await expectSaved(page)
      await page.reload()
      await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
      await expectReportShown(page, format2019, content)
      await expectNoProblems(page)
    })
  })
})

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
    await expect(dialog).toContainText('确定删除“科委年报（初稿）”？此操作无法撤销。')
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
    // the tab's own IndexedDB flush may not outlive the reload; the localStorage copy written in pagehide does
    await page.goto('/')
    await createReport(page, { agency: '北京市某区民政局', year: 2024, unitType: 'department' })
    await cellByPath(page, format2021, 't4.cases.review_upheld').fill('8')
    // no wait for the debounce: leaving the page must not lose the change
    await page.reload()
    await expect(cellByPath(page, format2021, 't4.cases.review_upheld')).toHaveValue('8', { timeout: 2_000 })
  })
})
