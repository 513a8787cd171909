import { useCallback } from 'react'

/**
 * Sheets are laid out at print size and scaled down to the width available, keeping print
 * proportions. The scale is written to --pv-scale on the element directly: resizing the window then
 * costs no React render of the pages, and the CSS does the rest (transform plus a frame of the scaled
 * size, since a transform does not change the space an element takes).
 */
export function useFitScale(pageWidth: number): (el: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (el: HTMLElement | null) => {
      if (!el) return undefined
      const apply = () => {
        const style = getComputedStyle(el)
        const width = el.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0')
        const scale = width > 0 ? Math.min(1, width / pageWidth) : 1
        el.style.setProperty('--pv-scale', scale.toFixed(4))
      }
      apply()
      if (typeof ResizeObserver === 'undefined') return undefined
      const observer = new ResizeObserver(apply)
      observer.observe(el)
      return () => observer.disconnect()
    },
    [pageWidth],
  )
}
