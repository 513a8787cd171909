import { useEffect, useState, useSyncExternalStore } from 'react'
import type { CellPath } from '../../core/template/types'
import type { EvaluationStore } from './evaluation-store'

/**
 * One floating tip for the focused cell's problems. It floats over the page instead of being inserted
 * between rows, so showing a message never reflows the table (design: cheaper per keystroke).
 */
export function CellTip({ store, root }: { store: EvaluationStore; root: HTMLElement | null }) {
  const [focused, setFocused] = useState<{ path: CellPath; rect: DOMRect } | null>(null)
  useEffect(() => {
    if (!root) return
    const onFocus = (e: FocusEvent) => {
      const t = e.target
      if (t instanceof HTMLInputElement && t.dataset.path) setFocused({ path: t.dataset.path as CellPath, rect: t.getBoundingClientRect() })
      else setFocused(null)
    }
    const onBlur = () => setFocused(null)
    root.addEventListener('focusin', onFocus)
    root.addEventListener('focusout', onBlur)
    return () => {
      root.removeEventListener('focusin', onFocus)
      root.removeEventListener('focusout', onBlur)
    }
  }, [root])
  const messages = useSyncExternalStore(store.subscribe, () =>
    focused ? store.problemsAt(focused.path).map((p) => `${p.severity === 'error' ? '错误' : '提醒'}：${p.message}`).join('\n') : '',
  )
  return (
    <div
      id="cell-tip"
      className="cell-tip"
      role="tooltip"
      hidden={!messages}
      style={focused ? { top: focused.rect.bottom + 4, left: Math.max(8, focused.rect.left - 120) } : undefined}
    >
      {messages}
    </div>
  )
}
