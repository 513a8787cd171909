// Reading back what the app made: the preview's text and the .docx's paragraphs, as a user would see them.
import type { Download, Page } from '@playwright/test'

/** The preview's text, block by block, with paragraphs split across pages joined again. */
export async function previewBlocks(page: Page): Promise<string[]> {
  return page.locator('section.preview-panel').evaluate((root) => {
    const out: string[] = []
    let runsOn = false
    for (const el of root.querySelectorAll<HTMLElement>('article .pv-title p, article h2, article h3, article p.pv-p, article td, article th')) {
      const text = el.textContent ?? ''
      if (runsOn && el.classList.contains('pv-cont')) out[out.length - 1] += text
      else out.push(text)
      runsOn = el.classList.contains('pv-runs-on')
    }
    return out
  })
}

/** 下载 Word; a report the rules still object to asks first, and is then downloaded as a draft. */
export async function downloadWord(page: Page): Promise<Download> {
  const started = page.waitForEvent('download', { timeout: 20_000 })
  await page.getByRole('button', { name: '下载 Word' }).click()
  const draft = page.getByRole('dialog').getByRole('button', { name: '仍然下载草稿' })
  const first = await Promise.race([started.then(() => 'download' as const), draft.waitFor().then(() => 'dialog' as const)])
  if (first === 'dialog') await draft.click()
  return started
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  )

/** Each w:p's text: its w:t nodes decoded and joined. */
export function docxParagraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''))
}
