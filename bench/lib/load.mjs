// First load: initial JavaScript size from dist/, and navigation → an input usable, app vs control.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { sleep } from './stats.mjs'

/** Static `import … from "./x.js"` / `import "./x.js"` of a chunk (not `import("./x.js")`). */
function staticImports(code) {
  const out = []
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g
  for (const m of code.matchAll(re)) out.push(m[1])
  return out
}

const gz = (buf) => gzipSync(buf).length // zlib's default level (6), as a web server would send it

/**
 * The JavaScript the first screen loads: index.html's module script and modulepreload links, and every
 * chunk they import statically, transitively. Lazy chunks (import()) are listed separately.
 */
export function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entries = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ]
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])
  const seen = new Set()
  const queue = entries.map((e) => e.replace(/^\//, ''))
  while (queue.length) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''
    for (const imp of staticImports(code)) {
      if (!imp.startsWith('.')) continue
      queue.push(join(dir, imp))
    }
  }
  const files = [...seen].map((f) => {
    const buf = readFileSync(join(dist, f))
    return { file: f, bytes: buf.length, gzip: gz(buf) }
  })
  const lazy = []
  for (const f of files) {
    const code = readFileSync(join(dist, f.file), 'utf8')
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
      const dir = f.file.slice(0, f.file.lastIndexOf('/'))
      const file = join(dir, m[1])
      if (seen.has(file) || lazy.some((l) => l.file === file)) continue
      const buf = readFileSync(join(dist, file))
      lazy.push({ file, bytes: buf.length, gzip: gz(buf) })
    }
  }
  const cssFiles = css.map((c) => {
    const buf = readFileSync(join(dist, c.replace(/^\//, '')))
    return { file: c.replace(/^\//, ''), bytes: buf.length, gzip: gz(buf) }
  })
  return {
    files,
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    lazy,
    css: cssFiles,
  }
}

/**
 * One cold navigation (HTTP cache disabled through the DevTools protocol): the probe records when the
 * first text input appeared, when the frame with it was painted, and when the main thread next ran a
 * task after that ("usable": a key pressed then is handled at once). All relative to navigation start.
 */
export async function loadOnce(page, url) {
  await page.goto('about:blank')
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench.load !== null, null, { timeout: 30_000 })
  await sleep(100)
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    return {
      ...window.__bench.load,
      responseEnd: nav?.responseEnd,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      loadEvent: nav?.loadEventEnd,
      fcp: fcp?.startTime,
    }
  })
}

/** After the timed loads: the input found first really takes focus and a typed character. */
export async function typesInto(page, label) {
  const input = label ? page.getByLabel(label, { exact: true }) : page.locator('input[data-path]').first()
  await input.focus()
  const before = await input.inputValue()
  await page.keyboard.press('7')
  const after = await input.inputValue()
  await page.keyboard.press('Backspace')
  return after === `${before}7`
}
