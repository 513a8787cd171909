/**
 * The whole path in the built app: create a 2024 report, fill it, preview it page by page, download
 * the Word file and read its tables back; then the draft download of a report with an error. And a
 * 2020 report (2019 format) from the form to LibreOffice.
 */
import { expect, test } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { layoutTable } from '../../src/core/layout/layout-table'
import { cellPath } from '../../src/core/template/cell-path'
import { compileTemplate } from '../../src/core/template-compile/compile'
import { format2019 } from '../../templates/format-2019'
import { format2021 } from '../../templates/format-2021'
import { bodyText, missingTools, numberTokens, office, page1Png, pdfPages, squeeze } from '../office/libreoffice'
import { createReport, download, fillBlanksWithZero, longText, readDownloadedDocx, T3, t3CellName, typeCell } from './support/word-helpers'

const AGENCY = '北京市测试区科学技术委员会'
const FILE = `${AGENCY}2024年政府信息公开工作年度报告.docx`
const DOCX_CHUNK = /\/assets\/render-docx[^/]*\.js(\?|$)/

test('fill a 2024 report, preview its pages, download the Word file and the draft of a report with an error', async ({ page }) => {
  test.setTimeout(90_000)
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  let downloads = 0
  page.on('download', () => (downloads += 1))

  await createReport(page, AGENCY, 2024, '部门')

  // every numeric cell (and the 信息处理费 figures of part 六) 0 by one click
  expect(await fillBlanksWithZero(page)).toBeGreaterThan(100)
  for (const fee of ['本年度发出收费通知的件数（件）', '发出收费通知的总金额（元）', '实际收取的总金额（元）']) await expect(page.getByRole('textbox', { name: fee, exact: true })).toHaveValue('0')

  // the texts: part 一's sub-sections long enough to fill pages, 五 and 六
  const subsections = page.locator('fieldset.subsection textarea')
  const n = await subsections.count()
  expect(n).toBeGreaterThanOrEqual(5)
  for (let i = 0; i < n; i += 1) await subsections.nth(i).fill(`${longText(`第${i + 1}项工作`, 220)}\n${longText('公开质量', 120)}`)
  await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }).fill(`一是${longText('问题整改', 150)}\n二是${longText('培训', 100)}`)
  await page.getByRole('textbox', { name: '其他需要报告的事项', exact: true }).fill('本机关无其他需要报告的事项。')

  // 表三, consistent: 一 3 + 二 0 = （七）总计 2 + 四 1
  await typeCell(page, t3CellName(T3.newReceived, '自然人'), '3')
  await typeCell(page, t3CellName(T3.granted, '自然人'), '2')
  await typeCell(page, t3CellName(T3.carriedForward, '自然人'), '1')
  await expect(page.getByRole('status').filter({ hasText: /未发现问题|^0个错误/ })).toBeVisible()

  // the preview: several A4 pages, numbered, 表三's header rows repeated where it continues
  await page.getByRole('button', { name: '预览', exact: true }).click()
  const sheets = page.getByRole('article', { name: /^第\d+页，共\d+页$/ })
  await expect(sheets.first()).toBeVisible()
  const total = await sheets.count()
  expect(total).toBeGreaterThan(2)
  await expect(page.getByRole('article', { name: `第1页，共${total}页` })).toBeVisible()
  await expect(page.getByRole('article', { name: `第1页，共${total}页` }).getByText('— 1 —', { exact: true })).toBeVisible()
  await expect(page.getByRole('article', { name: `第2页，共${total}页` }).getByText('— 2 —', { exact: true })).toBeAttached()
  const continued = page.getByRole('table', { name: '表三（续）' })
  await expect(continued.first()).toBeAttached()
  await expect(continued.first().locator('thead')).toContainText('申请人情况')
  await expect(continued.first().locator('thead')).toContainText('自然人')
  mkdirSync('test-results/artifacts', { recursive: true })
  // the toast and the sticky toolbar are not part of the document
  const style = '.announcer, .editor-toolbar { visibility: hidden !important; }'
  await page.screenshot({ path: 'test-results/artifacts/preview.png', style })
  await continued.first().scrollIntoViewIfNeeded()
  await page.locator('article', { has: continued.first() }).screenshot({ path: 'test-results/artifacts/preview-table-continued.png', style })
  await page.getByRole('button', { name: '关闭预览' }).click()
  await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()

  // the docx library is loaded on the first download, not before
  expect(requests.filter((u) => DOCX_CHUNK.test(u))).toEqual([])
  const final = await download(page, page.getByRole('button', { name: '下载 Word' }))
  expect(final.file.suggestedFilename()).toBe(FILE)
  expect(requests.filter((u) => DOCX_CHUNK.test(u))).toHaveLength(1)

  const docx = readDownloadedDocx(final.bytes, format2021)
  expect(docx.mismatches).toEqual([])
  const t3 = (row: string, col: string) => docx.found.get(cellPath('t3', row, col))
  expect(t3('new_received', 'natural_person')).toBe('3')
  expect(t3('r_granted', 'natural_person')).toBe('2')
  expect(t3('carried_forward', 'natural_person')).toBe('1')
  expect(t3('new_received', 'total')).toBe('3')
  expect(t3('r_total', 'natural_person')).toBe('2')
  // every other cell of the three tables prints the 0 the button filled in
  const inputs = format2021.parts.flatMap((p) => (p.kind === 'table' ? layoutTable(p.table).inputGrid.flat() : []))
  const nonZero = inputs.filter((p) => docx.found.get(p) !== '0').map((p) => `${p}=${docx.found.get(p)}`)
  expect(nonZero.sort()).toEqual(['t3.carried_forward.natural_person=1', 't3.carried_forward.total=1', 't3.new_received.natural_person=3', 't3.new_received.total=3', 't3.r_granted.natural_person=2', 't3.r_granted.total=2', 't3.r_total.natural_person=2', 't3.r_total.total=2'])
  expect(docx.paragraphs.slice(0, 2)).toEqual([AGENCY, '2024年政府信息公开工作年度报告'])
  expect(docx.paragraphs).toContain('本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。')
  expect(docx.documentXml).not.toContain('【草稿】')

  // an error: 四 9 breaks 一+二 = 三（七）+四; the download asks first
  await typeCell(page, t3CellName(T3.carriedForward, '自然人'), '9')
  const downloadButton = page.getByRole('button', { name: '下载 Word' })
  await downloadButton.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(/报告还有\d+个错误/)
  await expect(dialog.getByRole('listitem').filter({ hasText: '自然人' }).first()).toBeVisible()
  const before = downloads
  await dialog.getByRole('button', { name: '返回修改' }).click()
  await expect(dialog).toBeHidden()
  await page.waitForTimeout(500)
  expect(downloads).toBe(before)

  await downloadButton.click()
  const draft = await download(page, page.getByRole('dialog').getByRole('button', { name: '仍然下载草稿' }))
  expect(draft.file.suggestedFilename()).toBe(FILE.replace(/\.docx$/, '（草稿）.docx'))
  const draftDocx = readDownloadedDocx(draft.bytes, format2021)
  expect(draftDocx.documentXml).toContain('【草稿】')
  expect(draftDocx.paragraphs[0]).toMatch(/^【草稿】本文件尚有\d+处错误未改正/)
  expect(draftDocx.found.get(cellPath('t3', 'carried_forward', 'natural_person'))).toBe('9')
  // the chunk is not fetched again
  expect(requests.filter((u) => DOCX_CHUNK.test(u))).toHaveLength(1)
})

test('a 2020 report in the 2019 format: preview, download, and LibreOffice opens the file', async ({ page }) => {
  test.setTimeout(90_000)
  const agency = '北京市测试区人民政府办公室'
  await createReport(page, agency, 2020, '人民政府')
  await expect(page.getByText('适用格式：2019年版格式')).toBeVisible()
  await fillBlanksWithZero(page)
  const subsections = page.locator('fieldset.subsection textarea')
  for (let i = 0; i < (await subsections.count()); i += 1) await subsections.nth(i).fill(longText(`第${i + 1}项工作`, 120))
  await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }).fill(longText('问题整改', 100))
  await page.getByRole('textbox', { name: '其他需要报告的事项', exact: true }).fill('本机关无其他需要报告的事项。')
  // 本年增/减 may be negative in the 2019 表二
  const change = cellPath('t2', 'licensing', 'change')
  await typeCell(page, compileTemplate(format2019).cells.get(change)?.fullName ?? change, '-3')
  await expect(page.getByRole('status').filter({ hasText: /未发现问题|^0个错误/ })).toBeVisible()

  await page.getByRole('button', { name: '预览', exact: true }).click()
  const sheets = page.getByRole('article', { name: /^第\d+页，共\d+页$/ })
  await expect(sheets.first()).toBeVisible()
  expect(await sheets.count()).toBeGreaterThan(1)
  await expect(sheets.first()).toContainText('2020年政府信息公开工作年度报告')
  await page.getByRole('button', { name: '关闭预览' }).click()

  const file = await download(page, page.getByRole('button', { name: '下载 Word' }))
  expect(file.file.suggestedFilename()).toBe(`${agency}2020年政府信息公开工作年度报告.docx`)
  const docx = readDownloadedDocx(file.bytes, format2019)
  expect(docx.mismatches).toEqual([])
  expect(docx.found.get(change)).toBe('-3')

  // the file as the browser made it, in a real word processor
  const missing = missingTools()
  test.skip(Boolean(missing) && !process.env['CI'], `LibreOffice not installed: ${missing}`)
  const dir = resolve('test-results/office/e2e')
  mkdirSync(dir, { recursive: true })
  const docxFile = resolve(dir, 'report-2020-browser.docx')
  writeFileSync(docxFile, file.bytes)
  const lo = office(dir)
  try {
    const pdf = await lo.toPdf(docxFile)
    const pages = await pdfPages(pdf)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    pages.forEach((text, i) => expect(text).toContain(`— ${i + 1} —`))
    expect(bodyText(pages)).toContain(squeeze(`${agency}2020年政府信息公开工作年度报告`))
    expect(numberTokens(pages.join('\n'))).toContain('-3')
    await page1Png(pdf, resolve('test-results/artifacts/report-2020-browser-page1.png'))
  } finally {
    lo.dispose()
  }
})
