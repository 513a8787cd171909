// A year after a year: start 2024 from the 2023 report, check against it, draft the sentences from the tables.
import { expect, test, type Page } from '@playwright/test'
import { openingParagraph } from '../../src/core/values/new-content'
import { format2021 } from '../../templates/format-2021'
import { filledContent, setCells } from '../builders'
import { saveScreenshot } from './support/artifacts'
import { cellByPath, cellEntries, cellInput, createReport, expectSaved, problemsPanel, retypeCell, typeReport } from './support/fill-report'

const AGENCY = '测试区科学技术委员会'
/** 2023: 5 applications, 3 of them carried into 2024 (自然人 2, 商业企业 1). */
const LAST = setCells(
  filledContent(format2021, () => '0', { year: 2023, agency: AGENCY, opening: openingParagraph(2023), problems: '存在的问题：政策解读不够。\n下一步，我委将加强政策解读。' }),
  {
    't3.new_received.natural_person': '4',
    't3.r_granted.natural_person': '2',
    't3.carried_forward.natural_person': '2',
    't3.new_received.commercial': '1',
    't3.carried_forward.commercial': '1',
  },
)
/** 2024's 表三 besides the carried 上年结转: 3 new, 3 granted, 1 not held, 2 carried forward. */
const THIS_YEAR: Record<string, string> = {
  't3.new_received.natural_person': '3',
  't3.r_granted.natural_person': '2',
  't3.r_unable_not_held.natural_person': '1',
  't3.carried_forward.natural_person': '2',
  't3.r_granted.commercial': '1',
}

const cell = (page: Page, path: string) => cellByPath(page, format2021, path)
/** The part 一 sub-section offering the 依申请公开 sentence (last year's titles are carried). */
const onRequest = (page: Page) => page.locator('fieldset.subsection').filter({ has: page.getByRole('button', { name: '插入根据表格生成的句子：依申请公开情况（表三）' }) }).first()

test('start 2024 from 2023: 上年结转 carried, X-1 with 相差, the 依申请公开 sentence inserted, stale after a change and updated', async ({ page }, testInfo) => {
  test.setTimeout(150_000)
  await test.step('a complete 2023 report', async () => {
    await page.goto('/')
    await createReport(page, { agency: AGENCY, year: 2023, unitType: 'department' })
    await typeReport(page, format2021, LAST)
    await expectSaved(page)
  })

  await test.step('「以此为上年，开始2024年度报告」 on the draft list', async () => {
    await page.goto('/#/')
    await page.getByRole('button', { name: `以此为上年，开始2024年度报告：${AGENCY} 2023年度`, exact: true }).click()
    await page.waitForURL(/#\/report\/[\w-]+$/)
    await expect(page.getByLabel('开头段落', { exact: true })).toHaveValue(openingParagraph(2024))
    await expect(page.getByRole('region', { name: '上年报告' })).toContainText(`上年报告：${AGENCY} 2023年度（2023年度）`)
  })

  await test.step('上年结转 is last year’s 结转下年度, per column; the tip says 上年', async () => {
    await expect(cell(page, 't3.carried_over.natural_person')).toHaveValue('2')
    await expect(cell(page, 't3.carried_over.commercial')).toHaveValue('1')
    await expect(cell(page, 't3.carried_over.research')).toHaveValue('0')
    await expect(cell(page, 't3.carried_over.total')).toHaveValue('3')
    await cell(page, 't3.carried_over.natural_person').focus()
    await expect(page.getByRole('tooltip')).toHaveText('上年：2（上年结转下年度，由上年报告带入）')
  })

  await test.step('a changed 上年结转 gives the X-1 warning with both sides and 相差', async () => {
    await retypeCell(cell(page, 't3.carried_over.natural_person'), '3')
    const x1 = '表三「自然人」列：本年上年结转＝3，上年结转下年度＝2，相差1'
    await expect(problemsPanel(page).panel).toContainText(x1)
    await expect(page.getByRole('tooltip')).toContainText(`提醒：${x1}`)
    await expect(cell(page, 't3.carried_over.natural_person')).toHaveAttribute('data-severity', 'warning')
    await retypeCell(cell(page, 't3.carried_over.natural_person'), '2')
    await expect(problemsPanel(page).panel).not.toContainText('上年结转下年度＝')
  })

  await test.step('fill 表三 and insert the 依申请公开 sentence on request', async () => {
    for (const entry of cellEntries(format2021, LAST)) {
      if (entry.tableId !== 't3' || entry.computed || entry.path.startsWith('t3.carried_over.')) continue
      await cellInput(page, entry).fill(THIS_YEAR[entry.path] ?? '0')
    }
    const box = onRequest(page)
    await expect(box.locator('textarea')).toHaveValue('')
    await box.getByRole('button', { name: '插入根据表格生成的句子：依申请公开情况（表三）' }).click()
    await expect(box.locator('textarea')).toHaveValue('本年度共收到政府信息公开申请3件，同比减少2件（下降40.0%）；上年结转3件。已办结4件，其中予以公开3件、无法提供1件；结转下年度2件。')
    await expect(box.getByText(/^数据已变化/)).toHaveCount(0)
  })

  await test.step('a changed cell: 「数据已变化」, one click updates the sentence', async () => {
    await retypeCell(cell(page, 't3.r_granted.natural_person'), '1')
    await retypeCell(cell(page, 't3.r_unable_not_held.natural_person'), '2')
    const box = onRequest(page)
    await expect(box.getByText(/^数据已变化/)).toBeVisible()
    await saveScreenshot(page, testInfo, 'year-over-year-stale', { fullPage: false })
    await box.getByRole('button', { name: '更新为表格中的数字' }).click()
    await expect(box.locator('textarea')).toHaveValue('本年度共收到政府信息公开申请3件，同比减少2件（下降40.0%）；上年结转3件。已办结4件，其中予以公开2件、无法提供2件；结转下年度2件。')
    await expect(box.getByText(/^数据已变化/)).toHaveCount(0)
  })

  await test.step('after a reload: the basis, 上年内容 beside part 一 and last year’s measures in part 五', async () => {
    await expectSaved(page)
    await page.reload()
    await expect(onRequest(page).locator('textarea')).toHaveValue(/其中予以公开2件、无法提供2件/)
    await expect(page.getByText('上年提出的改进措施（2023年度报告）')).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: '下一步，我委将加强政策解读。' })).toBeVisible()
    const lastText = onRequest(page).getByText('上年内容（2023年度）')
    await lastText.click()
    await onRequest(page).getByRole('button', { name: '插入上年内容' }).click()
    await expect(onRequest(page).locator('textarea')).toHaveValue(/\n依申请公开的情况。$/)
  })
})
