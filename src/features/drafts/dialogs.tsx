import { useId, useState } from 'react'
import { ConfirmDialog as Confirm } from '../../ui/confirm-dialog'
import { Modal } from '../../ui/modal'

interface ConfirmProps {
  readonly title: string
  readonly question: string
  readonly confirmLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** A destructive question; the safe answer (取消) has the focus. */
export function ConfirmDialog({ question, ...props }: ConfirmProps) {
  return (
    <Confirm {...props} danger>
      <p>{question}</p>
    </Confirm>
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
