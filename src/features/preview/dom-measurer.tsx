import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { BlockView } from './block-views'
import { GEOMETRY, previewVars } from './geometry'
import type { BlockMetrics, Measurer, PageBlock } from './page-types'

/**
 * The browser's measurer: renders the whole flow once into a hidden container at the text block's
 * width, with the preview's own components and CSS, then reads every height in one pass (one forced
 * layout). Paragraph breaks are then found on that same layout by reading character positions, which
 * costs no further layout; only a table part with a cut row span is rendered again to be measured.
 * Everything it adds to the document is removed by dispose().
 */

function metricsOf(block: PageBlock, el: Element | undefined): BlockMetrics {
  if (!el) return { height: 0 }
  const height = el.getBoundingClientRect().height
  if (block.kind === 'paragraph') return { height, lines: Math.max(1, Math.round(height / GEOMETRY.linePitch)) }
  if (block.kind === 'table' && el instanceof HTMLTableElement) {
    return { height, rows: Array.from(el.rows, (row) => row.getBoundingClientRect().height) }
  }
  return { height }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Where line `line` of a laid-out paragraph begins: binary search for the first character whose box
 * is centred below the line's top edge. Lines are `lineHeight` apart (exact line height).
 */
export function lineStartOf(p: Element | undefined, line: number, lineHeight: number): number {
  const node = p?.firstChild
  if (!p || !(node instanceof Text)) return 0
  const edge = p.getBoundingClientRect().top + line * lineHeight
  const range = document.createRange()
  let lo = 0
  let hi = node.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    range.setStart(node, mid)
    range.setEnd(node, mid + 1)
    const box = range.getBoundingClientRect()
    // a collapsed space at a soft break has an empty box: it belongs to the line before
    const below = box.height > 0 && (box.top + box.bottom) / 2 >= edge
    if (below) hi = mid
    else lo = mid + 1
  }
  // never start a line between the two halves of a character outside the BMP (e.g. 𠀀)
  return lo > 0 && isLowSurrogate(node.data.charCodeAt(lo)) ? lo - 1 : lo
}

function container(className: string, parent: HTMLElement): HTMLDivElement {
  const el = document.createElement('div')
  el.className = className
  parent.append(el)
  return el
}

export const domMeasurer: Measurer = (flow, fonts) => {
  const host = document.createElement('div')
  host.className = 'pv-root pv-measure'
  host.lang = 'zh-CN'
  host.setAttribute('aria-hidden', 'true')
  for (const [name, value] of Object.entries(previewVars(fonts))) host.style.setProperty(name, String(value))
  const text = container('pv-text', host)
  const probe = container('pv-text', host)
  document.body.append(host)

  const root = createRoot(text)
  let probeRoot: Root | undefined
  const dispose = () => {
    probeRoot?.unmount()
    root.unmount()
    host.remove()
  }
  try {
    flushSync(() => root.render(flow.map((block, i) => <BlockView key={i} block={block} />)))
  } catch (error) {
    dispose()
    throw error
  }
  const elements = Array.from(text.children)
  // all reads together, before any write: the browser lays out once
  const blocks = flow.map((block, i) => metricsOf(block, elements[i]))

  return {
    blocks,
    lineStart: (index, line) => {
      const m = blocks[index]
      return lineStartOf(elements[index], line, m ? m.height / (m.lines ?? 1) : GEOMETRY.linePitch)
    },
    tableHeight: (piece) => {
      const r = (probeRoot ??= createRoot(probe))
      flushSync(() => r.render(<BlockView block={piece} />))
      return probe.firstElementChild?.getBoundingClientRect().height ?? 0
    },
    dispose,
  }
}
