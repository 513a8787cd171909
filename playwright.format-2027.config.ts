import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

// A build whose format list is test/fixtures/format-2027.ts (vite.config.ts: NIANBAO_FORMAT_LIST), in its
// own folder, served on PORT like the main browser tests: a new revision works end to end with no change in src/.
const port = Number(process.env.PORT ?? 4173)
const build = 'NIANBAO_FORMAT_LIST=test/fixtures/format-2027.ts npx vite build --outDir dist-2027 --emptyOutDir --logLevel warn'

export default defineConfig({
  ...base,
  testDir: './test/e2e-2027',
  outputDir: './test-results/e2e-2027',
  webServer: {
    command: `${build} && npx vite preview --outDir dist-2027 --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
})
