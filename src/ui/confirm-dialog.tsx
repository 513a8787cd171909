import type { ReactNode } from 'react'
import { Modal } from './modal'

interface Props {
  readonly title: string
  readonly children: ReactNode
  readonly confirmLabel: string
  readonly cancelLabel?: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
  /** destructive: the safe answer gets the focus first */
  readonly danger?: boolean
}

/** A modal question with two answers; Escape cancels. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = '取消', onConfirm, onCancel, danger }: Props) {
  return (
    <Modal title={title} onCancel={onCancel}>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" data-autofocus={danger || undefined} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" data-autofocus={danger ? undefined : true} className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
