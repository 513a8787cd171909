// A published 2023 report imported and used as last year's: 2024 starts from it.
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { seedSources } from '../support/seed-sources'
import { cellByPath } from './support/fill-report'

test('import the published miyun-2023 .docx and start 2024 from it on the review screen', async ({ page }) => {
  test.setTimeout(300_000)
  const source = (await seedSources())['miyun-2023']
  await page.goto('/')
  await page.getByRole('button', { name: '导入已发布的报告' }).click()
  const chooser = page.getByRole('dialog', { name: '导入已发布的报告' })
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), chooser.getByRole('button', { name: '选择文件' }).click()])
  await picker.setFiles({ name: '密云区科委2023年报.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(source.bytes('docx')) })
  const review = page.getByRole('dialog', { name: '核对导入的报告' })
  await expect(review).toBeVisible({ timeout: 30_000 })
  await review.getByRole('button', { name: '以此为上年，开始2024年度报告' }).click()
  await page.waitForURL(/#\/report\/[\w-]+$/)
  await expect(page.getByRole('region', { name: '上年报告' })).toContainText(`上年报告：${source.content.agency} 2023年度（导入）（2023年度）`)
  await expect(page.getByLabel('报告年度', { exact: true })).toHaveValue('2024年')
  // miyun-2023 carried nothing forward: 上年结转 starts at 0 in every column, and the tip says where it came from
  await expect(cellByPath(page, format2021, 't3.carried_over.natural_person')).toHaveValue('0')
  await cellByPath(page, format2021, 't3.carried_over.natural_person').focus()
  await expect(page.getByRole('tooltip')).toHaveText('上年：0（上年结转下年度，由上年报告带入）')
})
