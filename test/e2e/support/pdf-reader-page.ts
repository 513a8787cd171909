/**
 * The PDF reader test page (test/e2e/pdf-reader/) built with the app's own Vite config (its CSP, the
 * pdf.js assets plugin) under base /pdf-reader/, and served by a static server of its own on a free
 * port (page.route does not reach a worker started by a worker, which pdf.js is inside our worker):
 * the page uses the app's lazy loader exactly as the built app does, and nothing test-only enters the
 * app's build.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { build } from 'vite'

export const PAGE_BASE = '/pdf-reader/'
const OUT = resolve('test-results/pdf-reader-dist')

export async function buildReaderPage(): Promise<string> {
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('test/e2e/pdf-reader'),
    base: PAGE_BASE,
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true },
  })
  return OUT
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
}

/** Serves the built page under PAGE_BASE; resolves to the server and its origin. */
export async function serveReaderPage(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = join(dir, path.slice(PAGE_BASE.length) || 'index.html')
    if (!path.startsWith(PAGE_BASE) || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
