// Getting the app and the control page into the state the benchmarks need.
import { readFileSync } from 'node:fs'

export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  // the flags of playwright.config.ts: Debian's Chromium, never a downloaded browser
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
}
export const VIEWPORT = { width: 1280, height: 800 }

/** A browser context with the probe injected before any page script runs. */
export async function newContext(browser, probePath) {
  // no service worker: its navigation fallback would answer /__bench/control.html with the app's index.html,
  // and a cold load must come from the server, not the precache
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: 'zh-CN', serviceWorkers: 'block' })
  await context.addInitScript({ content: readFileSync(probePath, 'utf8') })
  return context
}

/**
 * Imports a data package through 「导入数据包」 on the home page and opens the report.
 * Returns the page showing the editor and the report's URL.
 */
export async function openImported(context, base, pkg) {
  const page = await context.newPage()
  await page.goto(`${base}/#/`)
  await page.locator('input[type="file"]').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(pkg.json) })
  await page.getByText(`已导入“${pkg.name}”`).waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: `打开：${pkg.name}`, exact: true }).click()
  await page.locator('input[data-path^="t3."]').nth(pkg.t3.length - 1).waitFor({ timeout: 30_000 })
  const count = await page.locator('input[data-path^="t3."]').count()
  if (count !== pkg.t3.length) throw new Error(`表三 has ${count} inputs in the app, expected ${pkg.t3.length}`)
  return { page, url: page.url() }
}

/** The control page with the same values as the report's 表三. */
export async function openControl(context, base, pkg) {
  const page = await context.newPage()
  await page.goto(`${base}/__bench/control.html`)
  const count = await page.evaluate((cells) => {
    for (const c of cells) {
      const el = document.querySelector(`input[data-path="${c.path}"]`)
      if (el) el.value = c.value
    }
    return document.querySelectorAll('input[data-path]').length
  }, pkg.t3)
  if (count !== pkg.t3.length) throw new Error(`bench/control.html has ${count} inputs, expected ${pkg.t3.length}: regenerate it (node scripts/bench.mjs --write-control)`)
  return { page }
}

/** Machine-readable Chrome DevTools Protocol session of a page. */
export async function cdp(page) {
  return page.context().newCDPSession(page)
}
