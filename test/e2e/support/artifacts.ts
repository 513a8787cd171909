import { fileURLToPath } from 'node:url'
import type { Locator, Page, TestInfo } from '@playwright/test'

/** Kept between runs (Playwright empties its outputDir test-results/e2e at each run, not this). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-results/artifacts/', import.meta.url))

/** Saves a screenshot as test-results/artifacts/<name>.png and attaches it to the test's report. */
export async function saveScreenshot(target: Page | Locator, testInfo: TestInfo, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const path = `${ARTIFACTS_DIR}${name}.png`
  let body: Buffer
  if ('goto' in target) {
    // sticky toolbar, nav and panel are drawn where the page is scrolled to: at the top for a whole page
    if (options.fullPage) await target.evaluate(() => window.scrollTo(0, 0))
    body = await target.screenshot({ path, fullPage: options.fullPage ?? false })
  } else body = await target.screenshot({ path })
  await testInfo.attach(name, { body, contentType: 'image/png' })
  return path
}
