import { useEffect, useMemo, useRef, useState } from 'react'
import type { DocFonts } from '../../core/document/fonts'
import type { DocModel } from '../../core/document/types'
import { domMeasurer } from './dom-measurer'
import type { Measurer, Page } from './page-types'
import { paginate } from './paginate'

/**
 * Typing in the form builds a new model on every keystroke. Pagination waits until the model has
 * been still this long, then runs in an animation frame, so a keystroke never waits for it. The
 * first pagination runs at once: the user has just opened the preview.
 */
export const REPAGINATE_DELAY_MS = 250

export interface Pagination {
  /** null until the first pagination; afterwards the last pages, kept on screen while the next are made */
  readonly pages: readonly Page[] | null
  /** the pages shown are older than the model (or not there yet) */
  readonly pending: boolean
  /** the last pagination threw; the pages shown (if any) are older */
  readonly failed: boolean
}

interface Result {
  readonly pages: readonly Page[] | null
  readonly model: DocModel | null
  readonly fonts: DocFonts | null
  readonly failed: boolean
}

/** Resolves once the fonts in use are loaded, so no break is measured with a fallback face. */
function fontsReady(): Promise<unknown> {
  return typeof document !== 'undefined' && 'fonts' in document ? document.fonts.ready : Promise.resolve()
}

function nextFrame(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const t = setTimeout(run, 0)
    return () => clearTimeout(t)
  }
  const f = requestAnimationFrame(run)
  return () => cancelAnimationFrame(f)
}

/** Re-renders when a font finishes loading late (a local() face picked up on first use). */
function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(0)
  useEffect(() => {
    if (typeof document === 'undefined' || !('fonts' in document)) return
    const fonts = document.fonts
    const bump = () => setEpoch((e) => e + 1)
    fonts.addEventListener('loadingdone', bump)
    return () => fonts.removeEventListener('loadingdone', bump)
  }, [])
  return epoch
}

/** Fonts by value: a caller passing a fresh { body, title } on each render must not re-paginate each time. */
export function useStableFonts({ body, title }: DocFonts): DocFonts {
  return useMemo(() => ({ body, title }), [body, title])
}

/** The pages of `model`, re-made after it or the fonts change; see REPAGINATE_DELAY_MS. */
export function usePagination(model: DocModel, fontChoice: DocFonts, measurer: Measurer = domMeasurer): Pagination {
  const fonts = useStableFonts(fontChoice)
  const [result, setResult] = useState<Result>({ pages: null, model: null, fonts: null, failed: false })
  const epoch = useFontEpoch()
  const hasPages = useRef(false)

  useEffect(() => {
    let cancelled = false
    let cancelFrame = () => {}
    const run = () => {
      if (cancelled) return
      try {
        const start = performance.now() // bench/: 'nianbao:paginate' times one pagination run
        const pages = paginate(model, fonts, measurer)
        performance.measure('nianbao:paginate', { start })
        hasPages.current = true
        setResult({ pages, model, fonts, failed: false })
      } catch (error) {
        console.error('preview pagination failed', error)
        setResult((r) => ({ ...r, model, fonts, failed: true }))
      }
    }
    const timer = setTimeout(
      () => void fontsReady().then(() => {
        if (!cancelled) cancelFrame = nextFrame(run)
      }),
      hasPages.current ? REPAGINATE_DELAY_MS : 0,
    )
    return () => {
      cancelled = true
      clearTimeout(timer)
      cancelFrame()
    }
  }, [model, fonts, measurer, epoch])

  return { pages: result.pages, pending: result.model !== model || result.fonts !== fonts, failed: result.failed }
}
