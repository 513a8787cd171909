/**
 * pdf.js in Chromium, loaded by the app's lazy loader (src/lib/pdfjs-browser.ts) under the app's CSP:
 * a seed report's PDF read in the page and in a Web Worker gives the same document as in node; no
 * request leaves the origin and nothing breaks the CSP (no eval, no CDN, CMaps from our own files).
 */
import { expect, test, type Page } from '@playwright/test'
import { readPdf } from '../../src/core/read/pdf/read-pdf'
import type { ReadResult } from '../../src/core/read/types'
import { loadPdfjsNode } from '../../src/node/pdfjs-node'
import { cjkPdf, scannedPdf } from '../support/minimal-pdf'
import { seedPdf } from '../support/seed-pdfs'
import { buildReaderPage, PAGE_BASE, serveReaderPage } from './support/pdf-reader-page'

let served: Awaited<ReturnType<typeof serveReaderPage>>
let pdf: Uint8Array
let expected: ReadResult

test.afterAll(() => served?.server.close())

test.beforeAll(async () => {
  test.setTimeout(180_000)
  served = await serveReaderPage(await buildReaderPage())
  pdf = await seedPdf('chaoyang-2024')
  expected = await readPdf(pdf, await loadPdfjsNode())
})

/** Opens the test page, reads `bytes` there, returns what the page wrote; fails on a foreign request or a CSP report. */
async function readInPage(page: Page, bytes: Uint8Array, worker: boolean) {
  const { origin } = served
  const foreign: string[] = []
  const violations: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  page.on('console', (m) => {
    if (/Content.Security.Policy|unsafe-eval|Refused to/i.test(m.text())) violations.push(m.text())
  })
  await page.goto(`${origin}${PAGE_BASE}index.html`)
  if (worker) await page.getByLabel('in a Web Worker').check()
  await page.getByLabel('PDF').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) })
  await expect(page.locator('output')).not.toBeEmpty({ timeout: 30_000 })
  const written = JSON.parse((await page.locator('output').textContent()) ?? '{}') as { result?: ReadResult; error?: string; loadMs: number; readMs: number }
  expect(written.error).toBeUndefined()
  expect(foreign).toEqual([])
  expect(violations).toEqual([])
  return written
}

for (const worker of [false, true]) {
  test(`a seed's PDF read ${worker ? 'in a Web Worker' : 'in the page'} equals the read in node; no foreign request, no CSP violation`, async ({ page }) => {
    const { result } = await readInPage(page, pdf, worker)
    expect(expected.ok).toBe(true)
    expect(result).toEqual(expected)
    if (!result?.ok) throw new Error('not read')
    expect(result.document.blocks.filter((b) => b.kind === 'table')).toHaveLength(3)
  })

  test(`Chinese in a font the PDF does not embed, read ${worker ? 'in a Web Worker' : 'in the page'} with the CMaps of our own build`, async ({ page }) => {
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    const { result } = await readInPage(page, cjkPdf(['一、总体情况', '二、主动公开政府信息情况']), worker)
    expect(result?.ok && result.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、总体情况', '二、主动公开政府信息情况'])
    expect(requests).toContain(`${PAGE_BASE}pdfjs/cmaps/UniGB-UCS2-H.bcmap`)
  })
}

test('a scan read in the browser gets the scan message', async ({ page }) => {
  const { result } = await readInPage(page, scannedPdf(), true)
  expect(result).toMatchObject({ ok: false, message: expect.stringContaining('没有文字层') })
})
