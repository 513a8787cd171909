// Authoring whole reports in the editor: typed, checked, fixed, and back after a reload.
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
  problemsPanel,
  retypeCell,
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
      expect(await page.locator('.table-scroll:has(table[aria-label="表三"])').evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0)
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
