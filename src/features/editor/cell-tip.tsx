import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { CellPath } from '../../core/template/types'
import type { EvaluationStore } from './evaluation-store'

/** Where the tip goes, relative to its layer. */
type Place = { path: CellPath; top: number; left: number }

/**
 * One floating tip for the focused cell's problems. It floats over the page instead of being inserted
 * between rows, so showing a message never reflows the table; its layer (styles.css) keeps it from
 * reflowing the page either. Rendered first in the editor, so the layer spans the editor's top.
 */
export function CellTip({ store, root, extra }: { store: EvaluationStore; root: HTMLElement | null; extra?: (path: CellPath) => string }) {
  const layerRef = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState<Place | null>(null)
  useEffect(() => {
    if (!root) return
    let cell: HTMLInputElement | null = null
    let frame = 0
    const place = () => {
      frame = 0
      const layer = layerRef.current
      if (!cell || !layer) return setFocused(null)
      const at = cell.getBoundingClientRect()
      // scrolled out of view: no tip floating over other content until the cell is back
      if (at.bottom < 0 || at.top > window.innerHeight) return setFocused(null)
      const origin = layer.getBoundingClientRect()
      const next = { path: cell.dataset.path as CellPath, top: at.bottom + 4 - origin.top, left: Math.max(8, at.left - 120) - origin.left }
      // unchanged (a scroll that moved page and layer alike): no render
      setFocused((p) => (p && p.path === next.path && p.top === next.top && p.left === next.left ? p : next))
    }
    const onFocus = (e: FocusEvent) => {
      const t = e.target
      cell = t instanceof HTMLInputElement && t.dataset.path ? t : null
      place()
    }
    const onBlur = () => {
      cell = null
      setFocused(null)
    }
    // the tip stays under its cell while the page (or a wide table) scrolls: once a frame at most
    // (not for a field scrolling its own text as the caret moves: the cell stays where it is)
    const onScroll = (e: Event) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return
      if (cell && !frame) frame = requestAnimationFrame(place)
    }
    root.addEventListener('focusin', onFocus)
    root.addEventListener('focusout', onBlur)
    window.addEventListener('scroll', onScroll, { capture: true, passive: true })
    return () => {
      cancelAnimationFrame(frame)
      root.removeEventListener('focusin', onFocus)
      root.removeEventListener('focusout', onBlur)
      window.removeEventListener('scroll', onScroll, { capture: true })
    }
  }, [root])
  // one snapshot function per focused cell: a new one per render would make React re-check it after each
  const path = focused?.path
  const read = useCallback(() => {
    if (!path) return ''
    const lines = store.problemsAt(path).map((p) => `${p.severity === 'error' ? '错误' : '提醒'}：${p.message}`)
    const more = extra?.(path)
    return (more ? [...lines, more] : lines).join('\n')
  }, [store, path, extra])
  const messages = useSyncExternalStore(store.subscribe, read)
  return (
    <div className="cell-tip-layer" ref={layerRef}>
      <div id="cell-tip" className="cell-tip" role="tooltip" hidden={!messages} style={focused ? { top: focused.top, left: focused.left } : undefined}>
        {messages}
      </div>
    </div>
  )
}
