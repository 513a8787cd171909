// Renders public/icon.svg and public/icon-maskable.svg to the PNG icons the web manifest lists, in the
// Chromium the tests use (no download, no image library). Run: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const pub = new URL('../public/', import.meta.url)
const out = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
try {
  for (const [svg, png, size] of out) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const data = `data:image/svg+xml;base64,${readFileSync(new URL(svg, pub)).toString('base64')}`
    await page.setContent(`<body style="margin:0"><img src="${data}" width="${size}" height="${size}" style="display:block"></body>`)
    await page.screenshot({ path: new URL(png, pub).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    await page.close()
  }
} finally {
  await browser.close()
}
