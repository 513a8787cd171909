/**
 * Security of the built app: nothing leaves the browser (every request in every test stays on the
 * app's origin), the Content-Security-Policy forbids other origins and eval, and hostile text is
 * shown and written literally in the form, the preview and the .docx.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'
import { unpackDocx } from '../support/docx-tables'
import { createReport, expectSaved } from './support/fill-report'
import { docxParagraphs, downloadWord, previewBlocks } from './support/read-outputs'
import { download, fillBlanksWithZero } from './support/word-helpers'

const ORIGIN = `http://127.0.0.1:${process.env.PORT ?? 4173}`
const DIST = resolve(import.meta.dirname, '../../dist')

/** Every request of every page and worker of the test, and every dialog (alert, confirm…). */
const seen = { requests: [] as string[], blockedByCsp: new Set<string>(), websockets: [] as string[], dialogs: [] as string[] }

test.beforeEach(({ context, page }) => {
  seen.requests = []
  seen.blockedByCsp = new Set()
  seen.websockets = []
  seen.dialogs = []
  context.on('request', (r) => seen.requests.push(r.url()))
  // Chromium reports a load CSP refused as a request that failed before leaving the browser
  context.on('requestfailed', (r) => /^(csp|net::ERR_BLOCKED_BY_CSP)$/.test(r.failure()?.errorText ?? '') && seen.blockedByCsp.add(r.url()))
  context.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  const sockets = (p: Page) => p.on('websocket', (ws) => seen.websockets.push(ws.url()))
  sockets(page)
  context.on('page', sockets)
})

/** Only the app's own files, and the data:/blob: URLs it makes itself (downloads, the icon). */
function foreign(urls: readonly string[]): string[] {
  return urls.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))
}

test.afterEach(() => {
  expect(foreign(seen.requests).filter((u) => !seen.blockedByCsp.has(u)), 'requests to other origins not blocked by the CSP').toEqual([])
  expect(seen.websockets, 'websockets').toEqual([])
  expect(seen.dialogs, 'dialogs (alert/confirm/prompt) opened').toEqual([])
})

const HOSTILE = ['<img src=x onerror=alert(1)>', '</w:t><w:t>', '&amp;', '😀'] as const
/** 3000 characters on one line, with the same traps (and emoji, whose surrogate pairs must not be cut at a page break). */
const LONG_LINE = (() => {
  const unit = '长行文字<b>&lt;😀 '
  const line = `LONG-START ${unit.repeat(Math.ceil(3000 / unit.length))}`.slice(0, 2990)
  // never end inside a surrogate pair, nor with a space the document would trim
  return `${line.replace(/[\uD800-\uDBFF]$/, '').trimEnd()} LONG-END`
})()

/** `text` filled up to `length` UTF-16 units (the stored limit of short fields is 200), not ending in a space. */
const upTo = (text: string, length: number) => `${text} ${'满'.repeat(Math.max(0, length - text.length - 1))}`.slice(0, length)

/** One text per field: every hostile string, and the marker that names the field. */
const hostile = (field: string) => `${field}：${HOSTILE.join(' ')} 结束`

test('the watchers work: a dialog the page opens and a request it makes are both seen', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => setTimeout(() => alert('probe'), 0))
  await expect.poll(() => seen.dialogs).toEqual(['alert: probe'])
  seen.dialogs = []
  // a URL of its own: the service worker fetches index.html too while it installs
  await page.evaluate(() => fetch('/index.html?probe').then((r) => r.status))
  expect(seen.requests.filter((u) => u.endsWith('/index.html?probe'))).toHaveLength(1)
})

test('a whole report filled, previewed, downloaded and exported makes no request outside its own origin', async ({ page }) => {
  await page.goto('/')
  await createReport(page, { agency: '北京市网络测试区科学技术委员会', year: 2024, unitType: 'department' })
  expect(await fillBlanksWithZero(page)).toBeGreaterThan(100)
  await page.getByLabel('开头段落', { exact: true }).fill('本报告根据《中华人民共和国政府信息公开条例》编制。')
  const bodies = page.locator('fieldset.subsection textarea')
  for (let i = 0; i < (await bodies.count()); i++) await bodies.nth(i).fill(`第${i + 1}小节的内容。https://example.com/x.png 不应被请求。`)
  await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }).fill('无。')
  await page.getByRole('textbox', { name: '其他需要报告的事项', exact: true }).fill('无。')
  await expectSaved(page)

  await page.getByRole('button', { name: '预览', exact: true }).click()
  await expect(page.getByRole('article', { name: /^第1页，共\d+页$/ })).toBeVisible()
  await page.getByRole('button', { name: '关闭预览' }).click()
  const word = await download(page, page.getByRole('button', { name: '下载 Word' }))
  expect(word.file.suggestedFilename()).toMatch(/\.docx$/)
  const pkg = await download(page, page.getByRole('button', { name: '导出数据包' }).first())
  expect(pkg.file.suggestedFilename()).toMatch(/\.json$/)
  await page.goto('/#/')
  await expect(page.getByRole('button', { name: /^打开：/ })).toHaveCount(1)

  // the app's files were fetched, the lazily loaded chunks included; nothing else
  const own = seen.requests.filter((u) => u.startsWith(`${ORIGIN}/`)).map((u) => new URL(u).pathname)
  expect(own).toContain('/')
  expect(own.some((p) => /^\/assets\/render-docx-[\w-]+\.js$/.test(p))).toBe(true)
  expect(own.some((p) => /^\/assets\/preview-panel-[\w-]+\.js$/.test(p))).toBe(true)
})

test.describe('Content-Security-Policy', () => {
  test('the built index.html forbids other origins, inline scripts and eval, before any script', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\s*\/?>/.exec(html)
    expect(meta, 'CSP meta in dist/index.html').not.toBeNull()
    // a meta policy covers only what comes after it
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    const policy = new Map(
      (meta?.[1] ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name as string, values]),
    )
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    // React's style properties go through the CSSOM, which needs no 'unsafe-inline' (see the test below)
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("'unsafe-eval'")
      expect(values, name).not.toContain("'wasm-unsafe-eval'")
      expect(values.filter((v) => /^(https?:|wss?:|\*)/.test(v)), `${name} allows other origins`).toEqual([])
    }
  })

  test('in the running app: fetch, beacon, websocket, image and script to other origins, inline script and eval are all blocked', async ({ page }) => {
      await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] }
      w.__csp = []
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`))
    })
    await page.goto('/')
    await expect(page.getByRole('form', { name: '新建年度报告' })).toBeVisible()
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __csp: string[]; __inline?: number; __timer?: number }
      const tryIt = (f: () => unknown) => {
        try {
          f()
          return 'ran'
        } catch (e) {
          return (e as Error).name
        }
      }
      const fetched = await fetch('https://example.com/collect').then(
        () => 'fetched',
        (e: unknown) => `rejected ${(e as Error).name}`,
      )
      navigator.sendBeacon('https://example.com/beacon', 'x')
      // in a task of the page's own: code run synchronously inside a DevTools evaluation is exempt from the eval check
      const inTask = <T,>(f: () => T) => new Promise<T>((r) => setTimeout(() => r(f()), 0))
      // oxlint-disable-next-line no-new-func -- the point: the CSP must refuse it
      const fn = await inTask(() => tryIt(() => new Function('return 1')()))
      // oxlint-disable-next-line no-eval -- the point: the CSP must refuse it
      const ev = await inTask(() => tryIt(() => (0, eval)('1 + 1')))
      // a string handler is eval too
      setTimeout('window.__timer = 1' as unknown as () => void, 0)
      const inline = document.createElement('script')
      inline.textContent = 'window.__inline = 1'
      document.head.append(inline)
      const external = document.createElement('script')
      external.src = 'https://example.com/x.js'
      document.head.append(external)
      const img = new Image()
      img.src = 'https://example.com/pixel.png'
      document.body.append(img)
      let socket = 'none'
      try {
        new WebSocket('wss://example.com/socket')
        socket = 'constructed'
      } catch (e) {
        socket = (e as Error).name
      }
      await new Promise((r) => setTimeout(r, 300))
      img.remove()
      return { fetched, fn, ev, socket, inline: w.__inline ?? 0, timer: w.__timer ?? 0, violations: w.__csp }
    })
    expect(outcome.fetched).toMatch(/^rejected/)
    expect(outcome.fn).toBe('EvalError')
    expect(outcome.ev).toBe('EvalError')
    expect(outcome.inline).toBe(0)
    expect(outcome.timer).toBe(0)
    const v = outcome.violations.join('\n')
    expect(v).toContain('connect-src https://example.com/collect')
    expect(v).toContain('connect-src https://example.com/beacon')
    expect(v).toMatch(/script-src(-elem)? https:\/\/example\.com\/x\.js/)
    expect(v).toMatch(/script-src(-elem)? inline/)
    expect(v).toMatch(/script-src eval/)
    expect(v).toContain('img-src https://example.com/pixel.png')
    expect(v).toMatch(/connect-src wss:\/\/example\.com\/socket/)
    // blocked before leaving the browser: the script and the image show as requests refused by the CSP,
    // the fetch, beacon and websocket not even as that
    expect(foreign(seen.requests).sort()).toEqual([...seen.blockedByCsp].sort())
    expect([...seen.blockedByCsp].every((u) => u.startsWith('https://example.com/'))).toBe(true)
  })

  test('npm start sends the policy as an HTTP header with frame-ancestors, and nosniff, on every file', async ({ request }) => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(resolve(DIST, 'index.html'), 'utf8'))?.[1]
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(readFileSync(resolve(DIST, 'index.html'), 'utf8'))?.[1] ?? '/missing.js'
    for (const path of ['/', script, '/sw.js', '/manifest.webmanifest', '/icon-192.png']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const headers = response.headers()
      expect(headers['content-security-policy'], path).toBe(`${meta}; frame-ancestors 'none'`)
      expect(headers['x-content-type-options'], path).toBe('nosniff')
    }
  })

  test('another site cannot frame the app (frame-ancestors, which only the header can carry)', async ({ page }) => {
    // another origin on this machine (a port of its own, so the browser's local network checks do not interfere)
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${ORIGIN}/" title="framed"></iframe>`))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const parent = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      await page.goto(parent)
      const frame = page.frames().find((f) => f !== page.mainFrame())
      // the browser shows its error page in the frame instead of the app
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/)
      expect(await frame?.locator('#root').count().catch(() => 0)).toBe(0)
    } finally {
      server.close()
      seen.requests = seen.requests.filter((u) => !u.startsWith(parent))
    }
  })

  test('without style-src \'unsafe-inline\': every screen renders with no style violation; a style attribute in an HTML string is refused', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] }
      w.__csp = []
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`))
    })
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
    await page.goto('/')
    await createReport(page, { agency: '北京市样式测试区科学技术委员会', year: 2024, unitType: 'department' })
    // the cell tip is positioned and the preview scaled by style properties set from script
    const cell = page.getByRole('textbox', { name: /一、本年新收政府信息公开申请数量 申请人情况 自然人$/ })
    await cell.fill('x')
    // focused again with the cell on screen (the tip is for a cell in view; under load the focus of fill()
    // came before the page had settled and left the cell below the fold)
    await cell.blur()
    await cell.click()
    await expect(page.locator('#cell-tip')).toBeVisible()
    await page.getByRole('button', { name: '预览', exact: true }).click()
    await expect(page.getByRole('article', { name: /^第1页，共\d+页$/ })).toBeVisible()
    const styled = await page.locator('article').first().evaluate((el) => el.closest('[style]')?.getAttribute('style') ?? getComputedStyle(el).transform)
    expect(styled).toBeTruthy()
    expect(await violations()).toEqual([])
    // the policy is in force: a style attribute from an HTML string is refused
    const applied = await page.evaluate(() => {
      const div = document.createElement('div')
      div.innerHTML = '<span style="color: rgb(1, 2, 3)">x</span>'
      document.body.append(div)
      const color = getComputedStyle(div.firstElementChild as Element).color
      div.remove()
      return color
    })
    expect(applied).not.toBe('rgb(1, 2, 3)')
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^style-src(-attr)? inline$/))
  })

  test('the built JavaScript has no eval or Function constructor call sites', () => {
    const dir = resolve(DIST, 'assets')
    const found: string[] = []
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const js = readFileSync(resolve(dir, f), 'utf8')
      for (const re of [/(?<![\w$.])eval\s*\(/g, /new\s+Function\s*\(/g, /(?<![\w$.])Function\s*\(\s*["'`]/g, /set(?:Timeout|Interval)\s*\(\s*["'`]/g]) {
        for (const m of js.matchAll(re)) found.push(`${f}: …${js.slice(Math.max(0, m.index - 60), m.index + 60)}…`)
      }
    }
    expect(found).toEqual([])
  })
})

test('hostile text in every text field stays literal in the form, after a reload, in the preview and in the .docx', async ({ page }) => {
  test.setTimeout(90_000)
  // the short fields get their longest allowed line (200), the long ones a 3000-character line
  const agency = upTo(`机关${HOSTILE.join('')}`, 200)
  await page.goto('/')
  await createReport(page, { agency, year: 2024, unitType: 'government' })
  const form = page.getByRole('form', { name: '年度报告内容' })
  await expect(form.getByLabel('机关名称', { exact: true })).toHaveValue(agency)
  await expect(page.locator('.toolbar-title')).toHaveText(`${agency} 2024年度`.slice(0, 200))

  // what each field gets: every hostile string, and the 3000-character line in the long fields
  const fields: { name: string; value: string; locate: () => ReturnType<Page['locator']> }[] = []
  fields.push({ name: '开头段落', value: `${hostile('开头')} ${LONG_LINE}`, locate: () => form.getByLabel('开头段落', { exact: true }) })
  const boxes = form.locator('fieldset.subsection')
  const n = await boxes.count()
  expect(n).toBeGreaterThanOrEqual(5)
  for (let i = 0; i < n; i++) {
    fields.push({ name: `小节${i + 1}标题`, value: upTo(`标题${i + 1}${HOSTILE.join('')}`, 200), locate: () => boxes.nth(i).locator('input.subsection-title') })
    fields.push({ name: `小节${i + 1}内容`, value: `${hostile(`小节${i + 1}`)}\n${LONG_LINE}`, locate: () => boxes.nth(i).locator('textarea') })
  }
  fields.push({ name: '五', value: `${hostile('五')}\n${LONG_LINE}`, locate: () => form.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }) })
  fields.push({ name: '六', value: `${hostile('六')}\n${LONG_LINE}`, locate: () => form.getByRole('textbox', { name: '其他需要报告的事项', exact: true }) })

  for (const f of fields) await f.locate().fill(f.value)
  await fillBlanksWithZero(page)
  await expectSaved(page)
  for (const f of fields) await expect(f.locate(), f.name).toHaveValue(f.value)

  // the same after a reload: IndexedDB kept every character
  await page.reload()
  await expect(form).toBeVisible()
  await expect(form.getByLabel('机关名称', { exact: true })).toHaveValue(agency)
  for (const f of fields) await expect(f.locate(), `${f.name} after reload`).toHaveValue(f.value)
  await expect(page.locator('img')).toHaveCount(0)

  // the preview prints every line as text
  await page.getByRole('button', { name: '预览', exact: true }).click()
  await expect(page.getByRole('article', { name: /^第1页，共\d+页$/ })).toBeVisible()
  const blocks = await previewBlocks(page)
  const expectedLines = [agency, ...fields.flatMap((f) => f.value.split('\n'))]
  const heading = (title: string) => blocks.some((b) => b.endsWith(title))
  const missingInPreview = expectedLines.filter((line) => !blocks.includes(line) && !heading(line))
  expect(missingInPreview.map((l) => l.slice(0, 60))).toEqual([])
  expect(await page.locator('section.preview-panel').textContent()).toContain('<img src=x onerror=alert(1)>')
  await expect(page.locator('img')).toHaveCount(0)
  await expect(page.locator('[onerror]')).toHaveCount(0)
  await page.getByRole('button', { name: '关闭预览' }).click()

  // the .docx: well-formed XML in every part, each text decoded equal to what was typed
  const word = await downloadWord(page)
  const name = word.suggestedFilename()
  expect(name).toMatch(/2024年政府信息公开工作年度报告(（草稿）)?\.docx$/)
  // oxlint-disable-next-line no-control-regex -- control characters are what the file name must not hold
  expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/)
  expect(name.length).toBeLessThanOrEqual(255)
  const parts = unpackDocx(new Uint8Array(readFileSync(await word.path())))
  for (const [part, xml] of Object.entries(parts)) if (part.endsWith('.xml') || part.endsWith('.rels')) expect(XMLValidator.validate(xml), part).toBe(true)
  const documentXml = parts['word/document.xml'] ?? ''
  expect(documentXml).not.toContain('<img')
  expect(documentXml).toContain('&lt;/w:t&gt;&lt;w:t&gt;')
  expect(documentXml).toContain('&amp;amp;')
  const paragraphs = docxParagraphs(documentXml)
  const missingInDocx = expectedLines.filter((line) => !paragraphs.includes(line) && !paragraphs.some((p) => p.endsWith(line)))
  expect(missingInDocx.map((l) => l.slice(0, 60))).toEqual([])
  expect(paragraphs.join('\n')).toContain(LONG_LINE)
})

test('a 3000-character 机关名称 typed or pasted still gives a Word file name within 255 bytes', async ({ page }) => {
  await page.goto('/')
  await createReport(page, { agency: '北京市文件名测试局', year: 2024, unitType: 'department' })
  await page.getByRole('form', { name: '年度报告内容' }).getByLabel('机关名称', { exact: true }).fill('长'.repeat(3000))
  await fillBlanksWithZero(page)
  const word = await downloadWord(page)
  expect(Buffer.byteLength(word.suggestedFilename())).toBeLessThanOrEqual(255)
})
