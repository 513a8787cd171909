// Import timings in the real app (real worker, real lazy chunks): a seed report file dropped on the draft
// list → the review dialog in the DOM and painted; then 取消.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

/** The seed source files (.docx, web page, PDF; made by LibreOffice on first use, cached under test-results). */
export async function loadSeedSources(root) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: 'test/support/seed-sources.ts',
      outDir: 'bench/.build',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'seed-sources.mjs', format: 'es' } },
    },
  })
  const mod = await import(pathToFileURL(join(root, 'bench', '.build', 'seed-sources.mjs')).href)
  return mod.seedSources()
}

/** One file dropped on the list; times from the drop event to the review dialog (DOM, then double rAF). */
export async function importOnce(page, fileName, bytes) {
  const r = await page.evaluate(
    async ({ fileName, data }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], fileName))
      const list = document.querySelector('.draft-list')
      if (!list) throw new Error('no draft list')
      const shown = () => [...document.querySelectorAll('[role=dialog] h2')].some((h) => h.textContent === '核对导入的报告')
      const failed = () => document.querySelector('[role=dialog] [role=alert]')?.textContent
      const appeared = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no review within 60 s')), 60_000)
        const observer = new MutationObserver(() => {
          const message = failed()
          if (shown() || message) {
            observer.disconnect()
            clearTimeout(timer)
            if (message) reject(new Error(message))
            else resolve(performance.now())
          }
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      })
      const start = performance.now()
      for (const type of ['dragenter', 'dragover', 'drop']) list.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      const domAt = await appeared
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)))
      const paintedAt = performance.now()
      const m = performance.getEntriesByName('nianbao:import').at(-1)
      return { toDomMs: domAt - start, toPaintMs: paintedAt - start, timings: m?.detail ?? null }
    },
    { fileName, data: [...bytes] },
  )
  await page.getByRole('dialog', { name: '核对导入的报告' }).getByRole('button', { name: '取消' }).click()
  await page.getByRole('dialog').waitFor({ state: 'hidden' })
  return r
}
