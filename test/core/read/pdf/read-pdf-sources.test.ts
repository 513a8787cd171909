// @vitest-environment node
/**
 * The seeds as published PDFs (test/support/seed-sources.ts: the web page opened by LibreOffice, saved
 * as .docx and printed to PDF — tables laid out by LibreOffice, not by the app) read by readPdf: every
 * printed value found by its row and column labels, and the title, opening and texts of parts 一, 五
 * and 六 among the paragraphs.
 */
import { pathToFileURL } from 'node:url'
import { readPdf } from '../../../../src/core/read/pdf/read-pdf'
import type { ReadDocument, ReadResult, ReadTable } from '../../../../src/core/read/types'
import { loadPdfjsNode } from '../../../../src/node/pdfjs-node'
import { SEED_NAMES } from '../../../fixtures/seeds'
import { missingTools } from '../../../office/libreoffice'
import { mismatches, squeeze } from '../../../support/find-in-grids'
import { seedSources } from '../../../support/seed-sources'

function ok(r: ReadResult): ReadDocument {
  if (!r.ok) throw new Error(r.message)
  return r.document
}

describe.skipIf(missingTools() !== undefined && !process.env['CI'])('readPdf: the seeds as published PDFs', () => {
  const read = new Map<string, ReadDocument>()
  beforeAll(async () => {
    const sources = await seedSources()
    const pdfjs = await loadPdfjsNode()
    for (const name of SEED_NAMES) read.set(name, ok(await readPdf(sources[name].bytes('pdf'), pdfjs)))
  }, 300_000)

  it.each(SEED_NAMES)('%s: three tables; every printed value found by its row and column labels', async (name) => {
    const s = (await seedSources())[name]
    const tables = read.get(name)!.blocks.filter((b): b is ReadTable => b.kind === 'table')
    expect(tables).toHaveLength(3)
    expect(mismatches(tables, s.expected)).toEqual([])
    expect(s.expected.length).toBeGreaterThan(150)
  })

  it.each(SEED_NAMES)('%s: the title, opening and texts of parts 一, 五 and 六 are among the paragraphs', async (name) => {
    const c = (await seedSources())[name].content
    const paragraphs = read.get(name)!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [squeeze(b.text)] : []))
    const lines = [c.agency, c.opening, ...c.overview.flatMap((o) => [o.title, o.body]), c.problems, c.other].flatMap((t) => t.split('\n')).map(squeeze).filter(Boolean)
    expect(lines.filter((l) => !paragraphs.some((p) => p.includes(l)))).toEqual([])
  })
})

/** The seed's web page as Chromium prints it (rows cut at page breaks, the cut row's ruling missing at the page's edge). */
async function printedByChromium(htmlFile: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(htmlFile).href)
    return new Uint8Array(await page.pdf({ format: 'A4' }))
  } finally {
    await browser.close()
  }
}

describe.skipIf(missingTools() !== undefined && !process.env['CI'])('readPdf: the seeds\' web pages printed to PDF by Chromium', () => {
  it.each(SEED_NAMES)('%s: every printed value found by its row and column labels', async (name) => {
    const s = (await seedSources())[name]
    const doc = ok(await readPdf(await printedByChromium(s.files.html), await loadPdfjsNode()))
    const tables = doc.blocks.filter((b): b is ReadTable => b.kind === 'table')
    expect(tables).toHaveLength(3)
    expect(mismatches(tables, s.expected)).toEqual([])
    // Chromium's PDF names some characters by their Kangxi radicals (⼀ for 一): read as the common ones
    expect(doc.notices.join()).toMatch(/康熙部首/)
  }, 120_000)
})
