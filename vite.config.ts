import react from '@vitejs/plugin-react'
import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

/**
 * The built app may load only its own files and talk to no server: no data leaves the browser.
 * Only in the build, since the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React style attributes (column widths, tip position) need inline styles; no inline scripts
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  }
}

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), pdfjsAssets()],
  build: { target: 'es2022', sourcemap: false },
})
