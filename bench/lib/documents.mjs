// Document timings in the real app (real lazy chunks): 下载 Word and 预览, and the memory cycles.
import { sleep } from './stats.mjs'

const lastMeasure = (page, name) =>
  page.evaluate((n) => {
    const all = performance.getEntriesByName(n)
    return all.length ? all[all.length - 1].duration : null
  }, name)

/**
 * 「下载 Word」 once: 'nianbao:docx' (performance.measure in download-button.tsx: evaluate result →
 * DocModel → docx chunk → Blob) and click → measure present, plus the download arriving in Playwright.
 */
export async function docxOnce(page) {
  await page.evaluate(() => window.__bench.armClick('docxDone'))
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByRole('button', { name: '下载 Word', exact: true }).click()
  const dialog = page.getByRole('button', { name: '仍然下载草稿' })
  if (await dialog.isVisible().catch(() => false)) await dialog.click()
  const [dl, r] = await Promise.all([download, page.evaluate(() => window.__bench.clicked)])
  const failure = await dl.failure()
  if (failure) throw new Error(`download failed: ${failure}`)
  const generateMs = await lastMeasure(page, 'nianbao:docx')
  await dl.delete()
  return { generateMs, clickToBlobMs: r.domAt - r.start, fileName: dl.suggestedFilename(), window: [r.start, r.domAt] }
}

/** 「预览」 → pages in the DOM and painted; then 「关闭预览」 → the form back. */
export async function previewOnce(page) {
  await page.evaluate(() => window.__bench.armClick('previewPages'))
  await page.getByRole('button', { name: '预览', exact: true }).click()
  const r = await page.evaluate(() => window.__bench.clicked)
  const paginateMs = await lastMeasure(page, 'nianbao:paginate')
  await page.evaluate(() => window.__bench.armClick('previewClosed'))
  await page.getByRole('button', { name: '关闭预览', exact: true }).click()
  const c = await page.evaluate(() => window.__bench.clicked)
  return { pages: r.value, toDomMs: r.domAt - r.start, toPaintMs: r.paintedAt - r.start, paginateMs, closeMs: c.paintedAt - c.start, window: [r.start, r.paintedAt] }
}

/** JS heap in use after two full collections (DevTools protocol). */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.enable')
  for (let i = 0; i < 3; i++) {
    await session.send('HeapProfiler.collectGarbage')
    await sleep(100)
  }
  const { usedSize, totalSize } = await session.send('Runtime.getHeapUsage')
  return { usedSize, totalSize }
}

/** `cycles` × (open preview → close → download), heap measured before, along the way and after. */
export async function memoryCycles(page, session, { cycles, sampleEvery, log }) {
  // one cycle first, so the lazy chunks and caches that stay for the page's life are in `before`
  await previewOnce(page)
  await docxOnce(page)
  await sleep(500)
  const before = await heapAfterGc(session)
  const samples = [{ cycle: 0, usedSize: before.usedSize }]
  const t0 = Date.now()
  for (let i = 1; i <= cycles; i++) {
    await previewOnce(page)
    await docxOnce(page)
    if (i % sampleEvery === 0 && i < cycles) {
      samples.push({ cycle: i, usedSize: (await heapAfterGc(session)).usedSize })
      log?.(`  ${i}/${cycles} cycles, heap ${(samples.at(-1).usedSize / 1e6).toFixed(2)} MB`)
    }
  }
  const cycleMs = (Date.now() - t0) / cycles
  // the app revokes each download's object URL after 10 s
  await sleep(11_000)
  const after = await heapAfterGc(session)
  samples.push({ cycle: cycles, usedSize: after.usedSize })
  return { before: before.usedSize, after: after.usedSize, growth: after.usedSize - before.usedSize, samples, cycleMs }
}
