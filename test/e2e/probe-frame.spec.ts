import { test } from '@playwright/test'
test('probe', async ({ page }) => {
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()))
  page.on('requestfailed', (r) => console.log('FAILED', r.url(), r.failure()?.errorText))
  const parent = 'http://localhost:4202/parent.html'
  await page.route(parent, (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="http://127.0.0.1:4202/" title="framed"></iframe>` }))
  await page.goto(parent)
  await page.waitForTimeout(3000)
  for (const f of page.frames()) console.log('FRAME', f.url(), await f.locator('#root').count().catch((e) => String(e)))
})
