/**
 * Importing a published report in the built app: a seed report as LibreOffice's .docx, as a saved web
 * page (GBK for miyun-2023) and as the PDF of the .docx dropped onto the draft list, reviewed, created as a draft: the editor shows
 * every printed value and no error. Cancel leaves the list unchanged. No request leaves the app's origin
 * and nothing is sent (only GETs of the app's own files) while a file is read.
 */
import { expect, test, type Page } from '@playwright/test'
import type { SeedName } from '../fixtures/seeds'
import { seedSources, type SeedSourceKind } from '../support/seed-sources'
import { problemsPanel } from './support/fill-report'

const ORIGIN = `http://127.0.0.1:${process.env.PORT ?? 4173}`
const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  pdf: 'application/pdf',
}

/** Drags a file onto an element the way a user drops it from the file manager. */
async function dropFile(page: Page, selector: string, name: string, bytes: Uint8Array) {
  const type = TYPES[name.split('.').pop() ?? ''] ?? ''
  const dt = await page.evaluateHandle(
    ({ data, name, type }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], name, { type }))
      return transfer
    },
    { data: [...bytes], name, type },
  )
  for (const event of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, event, { dataTransfer: dt })
}

const requests: { url: string; method: string }[] = []
test.beforeAll(async () => {
  // LibreOffice makes the seed files on first use (cached after)
  test.setTimeout(300_000)
  await seedSources()
})
test.beforeEach(async ({ context, page }) => {
  requests.length = 0
  await page.goto('/')
  await expect(page.getByText('也可将报告文件或数据包拖放到此列表')).toBeVisible()
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }))
})
test.afterEach(() => {
  expect(requests.filter((r) => !r.url.startsWith(`${ORIGIN}/`) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'))).toEqual([])
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([])
})

const CASES: [SeedName, SeedSourceKind, string][] = [
  ['daxing-2024', 'docx', '大兴区科委2024年报.docx'],
  ['chaoyang-2024', 'html', '朝阳园管委会2024年报.html'],
  ['miyun-2023', 'html', '密云区科委2023年报.htm'],
  ['chaoyang-2024', 'pdf', '朝阳园管委会2024年报.pdf'],
  ['miyun-2023', 'docx', '密云区科委2023年报.docx'],
]

for (const [seed, kind, fileName] of CASES) {
  test(`drop ${kind} of ${seed} on the list, review, create: the editor shows the values with no error`, async ({ page }) => {
    const source = (await seedSources())[seed]
    await dropFile(page, '.draft-list', fileName, source.bytes(kind))
    const review = page.getByRole('dialog', { name: '核对导入的报告' })
    await expect(review).toBeVisible({ timeout: 20_000 })
    await expect(review.getByText(source.content.agency, { exact: true })).toBeVisible()
    await expect(review.getByText('勾稽检查：0 个错误', { exact: false })).toBeVisible()
    await review.getByRole('button', { name: '创建为草稿' }).click()
    await page.waitForURL(/#\/report\/[\w-]+$/)
    await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
    const shown = await page.locator('input[data-path]').evaluateAll((inputs) => Object.fromEntries(inputs.map((i) => [i.getAttribute('data-path'), (i as HTMLInputElement).value])))
    const wrong = source.expected.filter((c) => shown[c.path] !== c.text).map((c) => `${c.path}: ${shown[c.path]} ≠ ${c.text}`)
    expect(wrong).toEqual([])
    await expect(problemsPanel(page).summary).toHaveText(/^(未发现问题|0个错误)/)
  })
}

test('cancel after review leaves the list unchanged', async ({ page }) => {
  const source = (await seedSources())['chaoyang-2024']
  const rows = page.locator('.drafts-table tbody tr')
  const before = await rows.count()
  await page.getByRole('button', { name: '导入已发布的报告' }).click()
  const chooser = page.getByRole('dialog', { name: '导入已发布的报告' })
  await expect(chooser.getByRole('button', { name: '选择文件' })).toBeVisible()
  await expect(chooser.getByText('或将文件拖放到此处')).toBeVisible()
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), chooser.getByRole('button', { name: '选择文件' }).click()])
  await picker.setFiles({ name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(source.bytes('html')) })
  const review = page.getByRole('dialog', { name: '核对导入的报告' })
  await expect(review).toBeVisible({ timeout: 20_000 })
  await review.getByRole('button', { name: '取消' }).click()
  await expect(review).toBeHidden()
  await expect(rows).toHaveCount(before)
  await expect(page.getByText(source.content.agency)).toHaveCount(0)
})

test('a file that is not a report gets a Chinese message and creates nothing', async ({ page }) => {
  const rows = page.locator('.drafts-table tbody tr')
  const before = await rows.count()
  await dropFile(page, '.draft-list', '报告.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]))
  await expect(page.getByRole('alert')).toHaveText(/^未导入：.+/, { timeout: 20_000 })
  await page.getByRole('button', { name: '关闭' }).click()
  await expect(rows).toHaveCount(before)
})
