// The PDF reader measured for `npm run bench`: in node (bench/pdf-bench.ts, via the core bundle) and in
// Chromium through the PDF reader test page (test/e2e/pdf-reader/), built with the app's Vite config
// into the measured dist copy under /pdf-reader/: pdf.js loaded by the app's lazy loader, in a fresh
// browser context each time (nothing cached), then the longest seed's PDF read in the page.
import { join } from 'node:path'
import { build } from 'vite'
import { summary } from './stats.mjs'

const round = (x) => Math.round(x)

/** { node, long, browser } figures; `core` is the bundled core-bench module. */
export async function pdfBench({ core, browser, serverUrl, dist, root, seedName, reps, longReps, log }) {
  const out = {}
  log(`PDF (${seedName}) in node: pdf.js load, then ${reps} reads…`)
  const n = await core.pdfInNode(seedName, reps)
  out.node = { loadMs: round(n.loadMs), first: round(n.readMs[0]), read: summary(n.readMs.slice(1)), pages: n.pages, tables: n.tables, bytes: n.bytes }
  log(`  pdf.js load ${out.node.loadMs} ms; read: first ${out.node.first} ms, median ${out.node.read.median} ms (${n.pages} pages, ${n.tables} tables)`)

  log('PDF of about 50 pages in node…')
  const long = await core.longPdfInNode(seedName, 50, longReps)
  out.long = { read: summary(long.readMs), pages: long.pages, tables: long.tables, bytes: long.bytes }
  log(`  ${long.pages} pages, ${long.tables} tables: median ${out.long.read.median} ms`)

  if (browser) {
    log(`PDF (${seedName}) in Chromium, pdf.js loaded each time: ${reps} reads…`)
    await build({
      configFile: join(root, 'vite.config.ts'),
      root: join(root, 'test/e2e/pdf-reader'),
      base: '/pdf-reader/',
      logLevel: 'warn',
      build: { outDir: join(dist, 'pdf-reader'), emptyOutDir: true },
    })
    const pdf = Buffer.from(await core.seedPdfBytes(seedName))
    const rows = []
    for (let i = 0; i < reps; i += 1) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${serverUrl}/pdf-reader/index.html`)
      await page.getByLabel('PDF').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf })
      await page.locator('output:not(:empty)').waitFor({ timeout: 60_000 })
      const written = JSON.parse(await page.locator('output').textContent())
      await context.close()
      if (!written.result?.ok) throw new Error(`the browser did not read the PDF: ${JSON.stringify(written).slice(0, 200)}`)
      rows.push(written)
    }
    out.browser = {
      total: summary(rows.map((r) => r.loadMs + r.readMs)),
      load: summary(rows.map((r) => r.loadMs)),
      read: summary(rows.map((r) => r.readMs)),
    }
    log(`  load + read median ${out.browser.total.median} ms (pdf.js load ${out.browser.load.median} ms, read ${out.browser.read.median} ms)`)
  }
  return out
}
