/**
 * Test page: choose a PDF, the page writes {result, loadMs, readMs} as JSON into <output>. With the
 * checkbox, the read runs in a Web Worker (where the import screen runs readers), else in the page.
 */
import { readTimed, type Timed } from './read'

const input = document.querySelector<HTMLInputElement>('input[type=file]')!
const inWorker = document.querySelector<HTMLInputElement>('input[name=worker]')!
const out = document.querySelector('output')!

function viaWorker(bytes: Uint8Array): Promise<Timed> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  const done = new Promise<Timed>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Timed>) => resolve(e.data)
    worker.onerror = (e) => reject(new Error(e.message))
  }).finally(() => worker.terminate())
  worker.postMessage(bytes)
  return done
}

input.addEventListener('change', async () => {
  const file = input.files?.[0]
  if (!file) return
  out.textContent = ''
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    out.textContent = JSON.stringify(inWorker.checked ? await viaWorker(bytes) : await readTimed(bytes))
  } catch (e) {
    out.textContent = JSON.stringify({ error: String(e) })
  }
  input.value = ''
})
