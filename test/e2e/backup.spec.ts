// Durable (issue 11): 导出全部报告 writes every draft into one file, and 导入数据包 on another PC takes that
// file back, each report a draft; the reminder after 14 days without an export.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { cellByPath, createReport, expectSaved } from './support/fill-report'

test('导出全部报告, then 导入数据包 of that file in another browser profile: every report comes back', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const reports = [
    { agency: '北京市备份测试区科学技术委员会', year: 2024, unitType: 'department' as const, value: '4' },
    { agency: '北京市备份测试区教育委员会', year: 2023, unitType: 'department' as const, value: '7' },
    { agency: '北京市备份测试区人民政府', year: 2024, unitType: 'government' as const, value: '11' },
  ]
  await page.goto('/')
  for (const r of reports) {
    await createReport(page, r)
    await cellByPath(page, format2021, 't3.new_received.natural_person').fill(r.value)
    await expectSaved(page)
    await page.getByRole('button', { name: '← 报告列表', exact: true }).click()
  }
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(3)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出全部报告' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^年报编制助手-全部报告-\d{4}-\d{2}-\d{2}\.json$/)
  await expect(page.getByRole('status').filter({ hasText: '已将全部3份报告导出到一个文件' })).toBeVisible()
  const text = await readFile(await file.path(), 'utf8')

  const other = await browser.newContext()
  try {
    const page2 = await other.newPage()
    await page2.goto('/')
    await page2.getByLabel('导入数据包').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) })
    await expect(page2.getByRole('status').filter({ hasText: '已导入“3份报告”' })).toBeVisible()
    await expect(page2.getByRole('button', { name: /^打开：/ })).toHaveCount(3)
    for (const r of reports) {
      await page2.getByRole('button', { name: `打开：${r.agency} ${r.year}年度`, exact: true }).click()
      await expect(cellByPath(page2, format2021, 't3.new_received.natural_person')).toHaveValue(r.value)
      await page2.getByRole('button', { name: '← 报告列表', exact: true }).click()
    }
  } finally {
    await other.close()
  }
})

test('a draft changed 15 days ago and never exported: the list reminds; 导出全部报告 clears the reminder', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-01-02T09:00:00+08:00') })
  await page.goto('/')
  await createReport(page, { agency: '北京市提醒测试区科学技术委员会', year: 2024, unitType: 'department' })
  await expectSaved(page)
  await page.clock.setSystemTime(new Date('2025-01-17T09:00:00+08:00'))
  await page.getByRole('button', { name: '← 报告列表', exact: true }).click()
  const reminder = page.getByText('有1份报告的修改已超过14天没有导出备份')
  await expect(reminder).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出全部报告' }).click()
  await download
  await expect(reminder).toBeHidden()
  await page.reload()
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(1)
  await expect(reminder).toBeHidden()
})
