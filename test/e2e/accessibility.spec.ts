// Every screen scanned with axe-core: 0 serious or critical violations (issue 11). A screen added later
// is one more `expectAccessible(page, testInfo, '名称')` line in the flow below.
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { seedPackage } from '../core/audit/sources'
import { seedSources } from '../support/seed-sources'
import { expectAccessible } from './support/axe'
import { cellByPath, createReport, expectSaved } from './support/fill-report'

// axe.min.js is injected as a script of the page; the app's CSP (script-src 'self') would refuse it
test.use({ bypassCSP: true })

test('the draft list, the new-report form and its dialogs', async ({ page }, testInfo) => {
  await page.goto('/')
  await expect(page.getByText('本浏览器中还没有报告')).toBeVisible()
  await expectAccessible(page, testInfo, '报告列表（空）')

  // the new-report form refusing a year before 2019, with its message
  const form = page.getByRole('form', { name: '新建年度报告' })
  await form.getByLabel('报告年度', { exact: true }).fill('2017')
  await form.getByRole('button', { name: '创建报告' }).click()
  await expect(form.getByRole('alert').first()).toBeVisible()
  await expectAccessible(page, testInfo, '新建报告（有错误）')

  await createReport(page, { agency: '北京市无障碍测试区科学技术委员会', year: 2024, unitType: 'department' })
  await page.getByRole('button', { name: '← 报告列表', exact: true }).click()
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(1)
  await expectAccessible(page, testInfo, '报告列表')

  await page.getByRole('button', { name: /^重命名：/ }).click()
  await expect(page.getByRole('dialog', { name: '重命名报告' })).toBeVisible()
  await expectAccessible(page, testInfo, '重命名对话框')
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()

  await page.getByRole('button', { name: /^删除：/ }).click()
  await expect(page.getByRole('dialog', { name: '删除报告' })).toBeVisible()
  await expectAccessible(page, testInfo, '删除对话框')

  // 回收站 (trash): the deleted report, and the question before deleting it for good
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click()
  await page.getByRole('button', { name: /^回收站（1）$/ }).click()
  await expect(page.getByRole('button', { name: /^恢复：/ })).toBeVisible()
  await expectAccessible(page, testInfo, '回收站')
  await page.getByRole('button', { name: /^彻底删除：/ }).click()
  await expect(page.getByRole('dialog', { name: '彻底删除报告' })).toBeVisible()
  await expectAccessible(page, testInfo, '彻底删除对话框')
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()

  // a refused data package: the alert on the list
  await page.getByLabel('导入数据包').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') })
  await expect(page.getByRole('alert').filter({ hasText: '未导入' })).toBeVisible()
  await expectAccessible(page, testInfo, '报告列表（导入失败）')
})

test('the editor with problems, the cell tip, the preview and the download dialog', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await createReport(page, { agency: '北京市无障碍测试区科学技术委员会', year: 2024, unitType: 'government' })
  await expectAccessible(page, testInfo, '编辑器（新报告）')

  // problems: a 勾稽 error, an unreadable value, blanks
  await cellByPath(page, format2021, 't3.new_received.natural_person').fill('5')
  await cellByPath(page, format2021, 't3.new_received.commercial').fill('两件')
  await cellByPath(page, format2021, 't3.new_received.commercial').press('Tab')
  await expectSaved(page)
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible()
  await cellByPath(page, format2021, 't3.new_received.commercial').focus()
  await expect(page.locator('#cell-tip')).toBeVisible()
  await expectAccessible(page, testInfo, '编辑器（有问题）')

  await page.getByRole('button', { name: '预览', exact: true }).click()
  await expect(page.getByRole('article', { name: /^第1页，共\d+页$/ })).toBeVisible()
  await expectAccessible(page, testInfo, '预览')
  await page.getByRole('button', { name: '关闭预览' }).click()

  await page.getByRole('button', { name: '下载 Word' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expectAccessible(page, testInfo, '下载确认对话框')
  await dialog.getByRole('button', { name: '返回修改' }).click()
  await expect(dialog).toBeHidden()
})

test('the list with the 14-day backup reminder and the storage note', async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date('2025-01-02T09:00:00+08:00') })
  await page.goto('/')
  await createReport(page, { agency: '北京市无障碍测试区教育委员会', year: 2024, unitType: 'department' })
  await expectSaved(page)
  await page.clock.setSystemTime(new Date('2025-01-20T09:00:00+08:00'))
  await page.getByRole('button', { name: '← 报告列表', exact: true }).click()
  await expect(page.getByText(/超过14天没有导出备份/)).toBeVisible()
  await expectAccessible(page, testInfo, '报告列表（备份提醒）')
})

test('the 审核 workspace, empty and with a report read', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  await page.goto('/#/audit')
  await expect(page.getByLabel('选择要审核的报告文件')).toBeAttached()
  await expectAccessible(page, testInfo, '审核（空）')
  await page.getByLabel('选择要审核的报告文件').setInputFiles([{ name: 'daxing-2024.json', mimeType: 'application/json', buffer: Buffer.from(seedPackage('daxing-2024')) }])
  await expect(page.getByRole('status').filter({ hasText: /已完成 \d+ \/ \d+ 个文件/ })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('table', { name: '审核结果' })).toBeVisible()
  await expectAccessible(page, testInfo, '审核（有结果）')
})

test('历史版本 of a report that has been edited', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await createReport(page, { agency: '北京市无障碍测试区司法局', year: 2024, unitType: 'department' })
  await cellByPath(page, format2021, 't3.new_received.natural_person').fill('3')
  await expectSaved(page)
  await page.getByRole('button', { name: '历史版本' }).click()
  await expect(page.getByRole('heading', { name: /历史版本/ }).first()).toBeVisible()
  await expectAccessible(page, testInfo, '历史版本')
})

test('the import review of a published web page', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  const source = (await seedSources())['chaoyang-2024']
  await page.goto('/')
  await page.getByRole('button', { name: '导入已发布的报告' }).click()
  const chooser = page.getByRole('dialog', { name: '导入已发布的报告' })
  await expect(chooser.getByRole('button', { name: '选择文件' })).toBeVisible()
  await expectAccessible(page, testInfo, '导入已发布的报告（选择文件）')
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), chooser.getByRole('button', { name: '选择文件' }).click()])
  await picker.setFiles({ name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(source.bytes('html')) })
  const review = page.getByRole('dialog', { name: '核对导入的报告' })
  await expect(review).toBeVisible({ timeout: 30_000 })
  await expectAccessible(page, testInfo, '核对导入的报告')
})
