// 审核 workspace: many reports dropped at once, the result table, the evidence of a problem, the exports,
// the 勾稽校验单 opened in LibreOffice, and 汇总 into a new draft.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { formatScaled, toScaled } from '../../src/core/rules/format-number'
import { format2021 } from '../../templates/format-2021'
import { seedPackage } from '../core/audit/sources'
import { loadSeed, SEED_NAMES } from '../fixtures/seeds'
import { bodyText, office, pdfPages, squeeze } from '../office/libreoffice'
import { cellByPath } from './support/fill-report'
import { auditFiles } from './support/audit-files'

const rows = (page: Page) => page.getByRole('table', { name: '审核结果' }).locator('tbody tr')
const rowOf = (page: Page, source: RegExp) => rows(page).filter({ hasText: source })

async function drop(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  await page.goto('/#/audit')
  await page.getByLabel('选择要审核的报告文件').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })))
  await expect(page.getByRole('status').filter({ hasText: /已完成 \d+ \/ \d+ 个文件/ })).toBeVisible({ timeout: 60_000 })
}

test('six files dropped at once: six rows, the broken sum with its evidence, the unreadable one with its reason', async ({ page }) => {
  test.setTimeout(180_000)
  const files = await auditFiles()
  await drop(page, files.list)
  await expect(rows(page)).toHaveCount(6)
  await expect(page.getByText(/^共6份：完整\d，部分\d，无法读取1；有错误1份/)).toBeVisible()

  const unreadable = rowOf(page, /scan\.doc/)
  await expect(unreadable).toContainText('无法读取')
  await expect(unreadable).toContainText(/旧版 Word|不是年度报告文件/)

  const broken = rowOf(page, new RegExp(files.brokenName.replace('.', '\\.')))
  await expect(broken.locator('td').nth(5)).not.toHaveText('0')
  await broken.getByRole('button').first().click()
  const problem = page.getByRole('list', { name: '问题列表' }).getByRole('listitem').filter({ hasText: 'T3-1' }).first()
  await expect(problem).toContainText(/自然人：一\+二＝\d+，三（七）\+四＝\d+，相差3/)
  if (files.withEvidence) await expect(problem.getByRole('list', { name: '原文' })).toContainText(/表三「四、结转下年度继续办理」「自然人」：原文「\d+」，见/)
  // the problem cell is marked in the official layout
  await expect(page.locator('.detail-table td[data-path="t3.carried_forward.natural_person"]')).toHaveAttribute('data-severity', 'error')

  await test.step('filter: only with errors, search by agency', async () => {
    await page.getByLabel('只看有错误的').check()
    await expect(rows(page)).toHaveCount(2)
    await page.getByLabel('只看有错误的').uncheck()
    // miyun twice (its PDF and its data package in the .zip): the same agency and year, flagged
    await page.getByLabel('按机关名称搜索').fill('密云')
    await expect(rows(page)).toHaveCount(2)
    await expect(rows(page).filter({ hasText: '重复' })).toHaveCount(2)
    await page.getByLabel('按机关名称搜索').fill('朝阳')
    await expect(rows(page)).toHaveCount(1)
    await expect(rows(page).filter({ hasText: '重复' })).toHaveCount(0)
    await page.getByLabel('按机关名称搜索').fill('')
  })

  await test.step('export .xlsx and read it back', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出 Excel' }).click()
    const file = await (await download).path()
    const XLSX = await import('@e965/xlsx')
    const book = XLSX.read(readFileSync(file))
    expect(book.SheetNames).toEqual(['报告', '问题'])
    const reports = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['报告']!)
    expect(reports).toHaveLength(6)
    expect(reports.filter((r) => r['读取状态'] === '无法读取')).toHaveLength(1)
    const problems = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['问题']!)
    expect(problems.some((p) => p['规则'] === 'T3-1' && String(p['单元格']).includes('表三「四、结转下年度继续办理」「自然人」'))).toBe(true)
  })

  await test.step('the 勾稽校验单 .docx opens in LibreOffice and prints the fingerprint', async () => {
    const fingerprint = (await page.locator('.fingerprint').textContent())?.replace(/^.*：/, '') ?? ''
    expect(fingerprint).toMatch(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '校验单（Word）' }).click()
    const dir = mkdtempSync(join(tmpdir(), 'check-sheet-'))
    const docx = join(dir, 'sheet.docx')
    writeFileSync(docx, readFileSync(await (await download).path()))
    const lo = office(dir)
    try {
      const text = squeeze(bodyText(await pdfPages(await lo.toPdf(docx))))
      expect(text).toContain(squeeze(fingerprint))
      expect(text).toContain('勾稽校验单')
      expect(text).toMatch(/T3-1.*不通过/)
      expect(text).toContain('填报人')
      expect(text).toContain('审核人')
    } finally {
      lo.dispose()
    }
  })
})

test('汇总: the three seeds summed into a new draft, cell by cell', async ({ page }) => {
  test.setTimeout(120_000)
  await drop(page, SEED_NAMES.map((n) => ({ name: `${n}.json`, bytes: seedPackage(n) })))
  await expect(rows(page)).toHaveCount(3)
  // 2023 and 2024 together are refused with the reason
  for (const n of SEED_NAMES) await page.getByRole('checkbox', { name: new RegExp(`选择 ${loadSeed(n).content.agency.slice(0, 6)}`) }).check()
  await page.getByRole('button', { name: /汇总所选（3）/ }).click()
  await expect(page.getByRole('alert').filter({ hasText: '不同年度（2023、2024年度）' })).toBeVisible()
  await page.getByRole('region', { name: '汇总' }).getByRole('button', { name: '关闭' }).click()
  await page.getByRole('checkbox', { name: /选择 北京市密云区/ }).uncheck()
  await page.getByRole('button', { name: /汇总所选（2）/ }).click()
  await page.getByLabel('汇总报告的机关名称').fill('北京市某区人民政府')
  await page.getByRole('button', { name: '生成汇总报告' }).click()
  await expect(page).toHaveURL(/#\/report\//)
  const parts = ['daxing-2024', 'chaoyang-2024'] as const
  const contents = parts.map((n) => loadSeed(n).content)
  for (const path of ['t3.new_received.natural_person', 't3.r_granted.commercial', 't3.carried_forward.total', 't4.cases.review_upheld', 't2.admin_fees.amount']) {
    const [t, r, c] = path.split('.') as [string, string, string]
    const sum = contents.reduce((s, x) => s + toScaled(Number(x.cells[t]?.[r]?.[c] ?? 0)), 0)
    await expect(cellByPath(page, format2021, path, ['t2', 't3', 't4'])).toHaveValue(formatScaled(sum))
  }
  // the unit list went into part 一, and it is kept with the draft
  const texts = await page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
  const list = texts.find((t) => t.startsWith('本报告数据由以下2个单位的年度报告汇总而成：'))
  expect(list).toBeDefined()
  for (const c of contents) expect(list).toContain(c.agency)
})
