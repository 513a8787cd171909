import { readFile } from 'node:fs/promises'
import { expect, type Download, type Page } from '@playwright/test'
import { createReport } from './fill-report'
import { cellLocator } from './faults-helpers'

export const AGENCY = '北京市故障测试区科学技术委员会'

export async function newReport(page: Page, agency = AGENCY): Promise<string> {
  await page.goto('/')
  return createReport(page, { agency, year: 2024, unitType: 'department' })
}

/** Clicks the cell and types `value` key by key, as a user does; the value is then on screen. */
export async function typeInto(page: Page, path: string, value: string): Promise<void> {
  const input = cellLocator(page, path)
  await input.click()
  await input.press('ControlOrMeta+a')
  await input.pressSequentially(value)
  await expect(input).toHaveValue(value)
}

export async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8')
}

