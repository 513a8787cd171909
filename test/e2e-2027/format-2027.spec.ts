/**
 * A build whose format list includes the 2027 test revision (playwright.format-2027.config.ts builds it
 * with NIANBAO_FORMAT_LIST=test/fixtures/format-2027.ts): a 2027 report is created, filled, checked live,
 * previewed, downloaded as .docx and carried through a data package, all in the 2027 format.
 */
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { compileTemplate } from '../../src/core/template-compile/compile'
import { cellPath } from '../../src/core/template/cell-path'
import { createReport, download, fillBlanksWithZero, readDownloadedDocx, typeCell } from '../e2e/support/word-helpers'
import { ADDED_COLUMN, ADDED_RULE, CHANGED_HEADING, format2027, RENAMED_ROW } from '../fixtures/format-2027'

const AGENCY = '北京市测试区科学技术委员会'
const REVOKED = cellPath('t2', 'licensing', 'revoked')
const COERCION = cellPath('t2', 'coercion', 'decisions')
const nameOf = (path: typeof REVOKED) => compileTemplate(format2027).cells.get(path)?.fullName ?? path

test('a 2027 report in the 2027 revision: form, live rule, preview, .docx and data package', async ({ page, browser }) => {
  test.setTimeout(120_000)
  // the report year may not be later than this year: the browser lives in January 2028
  await page.clock.setFixedTime(new Date('2028-01-15T10:00:00+08:00'))
  await createReport(page, AGENCY, 2027, '部门')

  const form = page.getByRole('form', { name: '年度报告内容' })
  await expect(form.getByRole('heading', { name: CHANGED_HEADING.to, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: CHANGED_HEADING.from, exact: true })).toHaveCount(0)
  expect(nameOf(COERCION)).toContain(RENAMED_ROW.to)
  expect(nameOf(REVOKED)).toContain(ADDED_COLUMN.label)
  await expect(page.getByRole('textbox', { name: nameOf(COERCION), exact: true })).toBeVisible()

  expect(await fillBlanksWithZero(page)).toBeGreaterThan(100)
  await typeCell(page, nameOf(REVOKED), '2')
  const panel = page.getByRole('complementary', { name: '检查结果' })
  await expect(panel.getByRole('button', { name: new RegExp(ADDED_RULE.message) })).toBeVisible()
  await expect(page.getByRole('textbox', { name: nameOf(REVOKED), exact: true })).toHaveAttribute('data-severity', 'warning')
  await page.getByRole('textbox', { name: CHANGED_HEADING.to }).fill('一是问题。二是改进。')
  const subsections = page.locator('fieldset.subsection textarea')
  for (let i = 0; i < (await subsections.count()); i += 1) await subsections.nth(i).fill(`第${i + 1}项工作的情况。`)
  await expect(panel.getByRole('status')).toHaveText('0个错误，1个提醒')

  await page.getByRole('button', { name: '预览', exact: true }).click()
  const sheets = page.getByRole('article', { name: /^第\d+页，共\d+页$/ })
  await expect(sheets.first()).toBeVisible()
  await expect(sheets.getByText(CHANGED_HEADING.to, { exact: true })).toBeVisible()
  await expect(sheets.getByText(ADDED_COLUMN.label, { exact: true })).toBeAttached()
  await expect(sheets.getByText(RENAMED_ROW.to, { exact: true })).toBeAttached()

  const docx = await download(page, page.getByRole('button', { name: '下载 Word' }))
  expect(docx.file.suggestedFilename()).toBe(`${AGENCY}2027年政府信息公开工作年度报告.docx`)
  const read = readDownloadedDocx(docx.bytes, format2027)
  expect(read.mismatches).toEqual([])
  expect(read.found.get(REVOKED)).toBe('2')
  for (const text of [CHANGED_HEADING.to, RENAMED_ROW.to, ADDED_COLUMN.label]) expect(read.documentXml).toContain(text)

  const pkgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出数据包', exact: true }).click()
  const packageText = await readFile(await (await pkgDownload).path(), 'utf8')
  expect(JSON.parse(packageText)).toMatchObject({ formatId: format2027.id })

  const other = await browser.newContext()
  try {
    const page2 = await other.newPage()
    await page2.clock.setFixedTime(new Date('2028-01-15T10:00:00+08:00'))
    await page2.goto('/')
    await page2.getByLabel('导入数据包').setInputFiles({ name: '2027.json', mimeType: 'application/json', buffer: Buffer.from(packageText) })
    await expect(page2.getByRole('status').filter({ hasText: /已导入/ })).toBeVisible()
    await page2.getByRole('button', { name: /^打开：/ }).click()
    await expect(page2.getByRole('form', { name: '年度报告内容' }).getByRole('heading', { name: CHANGED_HEADING.to, exact: true })).toBeVisible()
    await expect(page2.getByRole('textbox', { name: nameOf(REVOKED), exact: true })).toHaveValue('2')
  } finally {
    await other.close()
  }
})
