/**
 * Page furniture: page numbers (「— 1 —」, 「- 2 -」, 「第3页」, 「第3页 共9页」, 「3/9」, a bare 「3」) and running
 * headers or footers (the same line at the top or foot of most pages). Only lines in the top or bottom
 * band of a page are candidates, so a 「1」 inside the body is never dropped.
 */
import type { PageBlock, PageLine } from './page-blocks'

const PAGE_NUMBER = [
  /^[-—–－‒―~～\s]*\d{1,4}[-—–－‒―~～\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(?:page\s*)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
]

export const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()))

/** The band at the top and at the foot of a page where furniture sits, as a share of its height. */
const BAND = 0.1

type Page = { readonly height: number; readonly blocks: readonly PageBlock[] }

const inBand = (page: Page, b: PageLine) => b.line.y < page.height * BAND || b.top > page.height * (1 - BAND)
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '')

/** The pages without their furniture; how many lines were dropped. */
export function dropFurniture(pages: readonly Page[]): { pages: PageBlock[][]; dropped: number } {
  // a line in the band that recurs (digits aside) on at least half the pages, and on two or more
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set<string>()
    for (const b of page.blocks) if (b.kind === 'line' && inBand(page, b)) seen.add(shape(b.line.text))
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  const recurring = (text: string) => pages.length >= 2 && (counts.get(shape(text)) ?? 0) >= Math.max(2, pages.length / 2)
  let dropped = 0
  const kept = pages.map((page) =>
    page.blocks.filter((b) => {
      if (b.kind !== 'line' || !inBand(page, b)) return true
      const furniture = isPageNumber(b.line.text) || recurring(b.line.text)
      if (furniture) dropped += 1
      return !furniture
    }),
  )
  return { pages: kept, dropped }
}
