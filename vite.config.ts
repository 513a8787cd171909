import react from '@vitejs/plugin-react'
import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * The built app may load only its own files and talk to no server: no data leaves the browser.
 * Only in the build, since the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // no 'unsafe-inline': React sets style properties through the CSSOM, which CSP does not govern
  // (checked in Chromium by test/e2e/security.spec.ts); style attributes in HTML strings stay refused
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ')

/**
 * What `npm start` (vite preview) sends with every file: the same policy as an HTTP header, where it can
 * also forbid framing (frame-ancestors is ignored in a meta tag), and no MIME sniffing.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  }
}

/**
 * Installable and offline: a web manifest and a service worker that precaches every file of the build
 * (lazy chunks, pdf.js CMaps and fonts, wasm, icons), so after one visit the app opens, edits, previews
 * and downloads with no network. 'prompt': a new version waits until the user reloads (update-banner.tsx);
 * the worker caches files only and never touches the drafts in IndexedDB.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  // registered from src/app/register-sw.ts, not by an injected inline script (the CSP forbids those)
  injectRegister: false,
  manifest: {
    id: './',
    name: '年报编制助手',
    short_name: '年报编制助手',
    description: '政府信息公开工作年度报告编制助手：按法定格式填写、实时核对勾稽关系、预览并下载 Word 文件。数据只保存在本浏览器中。',
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a4161a',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // every file of the build (sw.js and workbox-*.js are left out by workbox itself): bcmap, pfb, ttf, wasm, json, png, svg…
    globPatterns: ['**/*'],
    // pdf.js's worker and the xlsx reader are megabytes; the default 2 MB cap would leave them out silently
    maximumFileSizeToCacheInBytes: 24 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
})

/**
 * pdf.js's CMaps (Chinese fonts need them) and standard fonts, served from our own origin under pdfjs/
 * (src/lib/pdfjs-browser.ts points pdf.js there): copied into the build, served from node_modules in dev.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  const dirs = ['cmaps', 'standard_fonts']
  return {
    name: 'pdfjs-assets',
    generateBundle() {
      for (const dir of dirs)
        for (const file of readdirSync(join(root, dir)))
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${file}`, source: readFileSync(join(root, dir, file)) })
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [dir, file] = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean)
        if (!dir || !file || !dirs.includes(dir) || !readdirSync(join(root, dir)).includes(file)) return next()
        createReadStream(join(root, dir, file)).pipe(res)
      })
    },
  }
}

/**
 * pdf.js's feature probes that build code from strings (eval support, node's require, a globalThis
 * fallback) sit in try/catch and the app's CSP refuses them anyway; they are replaced so the bundle (the
 * review's workers carry pdf.js) has no such call site (test/e2e/security.spec.ts checks).
 */
function pdfjsNoStringCode(): Plugin {
  return {
    name: 'pdfjs-no-string-code',
    enforce: 'pre',
    transform(code, id) {
      if (!/pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/.test(id.split('?')[0] ?? '')) return null
      const out = code
        .replace(`return Function('return require("' + name + '")')();`, 'return undefined;')
        .replace(`Function('return this')()`, 'globalThis')
        .replace('new Function("");', 'throw new Error("string code is refused by the CSP");')
      return { code: out, map: null }
    },
  }
}

const ROOT = dirname(fileURLToPath(import.meta.url))

/**
 * Test builds only: with NIANBAO_FORMAT_LIST=<module> the one module that lists the formats
 * (templates/format-list.ts, read only by templates/index.ts) is replaced by that module, in the page and
 * in the workers, so a browser test can run a build that includes a revision which is not shipped
 * (playwright.format-2027.config.ts). Without the variable the plugin does nothing.
 */
function formatList(): Plugin {
  const swap = process.env.NIANBAO_FORMAT_LIST
  const listModule = resolve(ROOT, 'templates', 'format-list.ts')
  return {
    name: 'format-list',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!swap || !importer || !source.includes('format-list')) return null
      const found = await this.resolve(source, importer, { ...options, skipSelf: true })
      return found?.id === listModule ? resolve(ROOT, swap) : null
    },
  }
}

export default defineConfig({
  plugins: [formatList(), react(), contentSecurityPolicy(), pdfjsAssets(), pwa, pdfjsNoStringCode()],
  worker: { format: 'es', plugins: () => [formatList(), pdfjsNoStringCode()] },
  preview: { headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: false },
})
