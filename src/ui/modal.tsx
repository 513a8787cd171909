import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])'

export interface ModalProps {
  readonly title: string
  readonly onCancel: () => void
  readonly children: ReactNode
  /** a wide dialog (the review of an imported report) */
  readonly wide?: boolean
}

/** A modal dialog: focus moves in (to [data-autofocus]) and stays in; Escape cancels; focus returns on close. */
export function Modal({ title, onCancel, children, wide = false }: ModalProps) {
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const box = ref.current
    ;(box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>(FOCUSABLE))?.focus()
    return () => {
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel()
    if (e.key !== 'Tab' || !ref.current) return
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items[items.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last?.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first?.focus()
    }
  }
  return (
    <div className="dialog-backdrop" onKeyDown={onKeyDown}>
      <div ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  )
}
