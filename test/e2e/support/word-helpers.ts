import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import type { ReportTemplate } from '../../../src/core/template/types'
import { readReportTables, unpackDocx, type ReportTables } from '../../support/docx-tables'

/** The accessible name of a 表三 cell: its row labels, then 「申请人情况」 and its column labels. */
export function t3CellName(rowLabels: readonly string[], column: '自然人' | '总计'): string {
  return [...rowLabels, '申请人情况', column].join(' ')
}

export const T3 = {
  newReceived: ['一、本年新收政府信息公开申请数量'],
  granted: ['三、本年度办理结果', '（一）予以公开'],
  carriedForward: ['四、结转下年度继续办理'],
} as const

/** Starts a report from the home page: 机关名称, 报告年度, 单位类型, 创建报告; waits for the editor. */
export async function createReport(page: Page, agency: string, year: number, unitType: '部门' | '人民政府'): Promise<void> {
  await page.goto('/')
  await page.getByRole('textbox', { name: '机关名称' }).fill(agency)
  await page.getByRole('textbox', { name: '报告年度' }).fill(String(year))
  await page.getByRole('radio', { name: unitType }).check()
  await page.getByRole('button', { name: '创建报告' }).click()
  await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
}

/** Types into a table cell the way a user does: fill, then leave the cell (commits the value). */
export async function typeCell(page: Page, name: string, value: string): Promise<void> {
  const input = page.getByRole('textbox', { name, exact: true })
  await input.fill(value)
  await input.press('Tab')
  await expect(input).toHaveValue(value)
}

/** 「将全部N个空白单元格填为0」 in the problems panel; returns N. */
export async function fillBlanksWithZero(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: /^将全部\d+个空白单元格填为0$/ })
  const label = (await button.textContent()) ?? ''
  await button.click()
  await expect(button).toBeHidden()
  return Number(/\d+/.exec(label)?.[0])
}

/** Clicks `trigger` and returns the download it starts, with its bytes. */
export async function download(page: Page, trigger: Locator): Promise<{ file: Download; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()])
  const path = await file.path()
  return { file, bytes: new Uint8Array(await readFile(path)) }
}

/** A downloaded .docx: its parts, the text of word/document.xml, and its tables read back by cell path. */
export function readDownloadedDocx(bytes: Uint8Array, template: ReportTemplate): ReportTables & { readonly documentXml: string } {
  expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK')
  const documentXml = unpackDocx(bytes)['word/document.xml'] ?? ''
  return { ...readReportTables(documentXml, template), documentXml }
}

/** A paragraph of about `chars` characters, so the report runs to several pages. */
export function longText(topic: string, chars: number): string {
  const sentence = `本机关围绕${topic}持续完善工作机制，明确责任分工，加强日常检查，确保各项要求落实到位。`
  return sentence.repeat(Math.ceil(chars / sentence.length))
}
