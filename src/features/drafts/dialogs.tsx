import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])'

interface ModalProps {
  readonly title: string
  readonly onCancel: () => void
  readonly children: ReactNode
}

/** A modal dialog: focus moves in (to [data-autofocus]) and stays in; Escape cancels; focus returns on close. */
function Modal({ title, onCancel, children }: ModalProps) {
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
      <div ref={ref} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  )
}

interface ConfirmProps {
  readonly title: string
  readonly question: string
  readonly confirmLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** A destructive question; the safe answer (取消) has the focus. */
export function ConfirmDialog({ title, question, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Modal title={title} onCancel={onCancel}>
      <p className="dialog-body">{question}</p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onCancel}>
          取消
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  )
}

interface RenameProps {
  readonly current: string
  readonly onRename: (name: string) => void
  readonly onCancel: () => void
}

export function RenameDialog({ current, onRename, onCancel }: RenameProps) {
  const [name, setName] = useState(current)
  const inputId = useId()
  return (
    <Modal title="重命名报告" onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim()) onRename(name)
        }}
      >
        <div className="dialog-body">
          <label htmlFor={inputId}>报告名称</label>{' '}
          <input id={inputId} data-autofocus value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            保存
          </button>
        </div>
      </form>
    </Modal>
  )
}
