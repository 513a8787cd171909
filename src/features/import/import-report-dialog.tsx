import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { ImportOutcome } from '../../core/import/types'
import { FilePickButton } from '../../ui/file-pick-button'
import { Modal } from '../../ui/modal'
import { useFileDrop } from '../../ui/use-file-drop'
import { readReportFile, readReportText, type ReadReportResult } from '../../workers/read-report-client'
import { ReviewPanel } from './review-panel'

export type CreateResult = { readonly ok: true } | { readonly ok: false; readonly message: string }

export interface ImportReportDialogProps {
  /** a file dropped on the draft list: read at once */
  readonly initialFile?: File
  /** saves the report as read as a new draft (same year) */
  readonly onCreate: (outcome: ImportOutcome) => Promise<CreateResult>
  readonly onClose: () => void
  /** more actions on the report as read, next to 创建为草稿 */
  readonly renderExtraActions?: (outcome: ImportOutcome) => ReactNode
}

type Source = { readonly file: File } | { readonly text: string }
type State =
  | { readonly step: 'choose' }
  | { readonly step: 'reading'; readonly name: string }
  | { readonly step: 'failed'; readonly message: string }
  | { readonly step: 'review'; readonly name: string; readonly source: Source; readonly outcome: ImportOutcome }

export const ACCEPT = '.docx,.html,.htm,.mht,.pdf,.txt,.doc,.wps,.ofd,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,application/pdf,text/plain'

/** 导入已发布的报告: choose or drop a file (or paste text), review what was read, then create a draft or cancel. */
export function ImportReportDialog({ initialFile, onCreate, onClose, renderExtraActions }: ImportReportDialogProps) {
  const [state, setState] = useState<State>({ step: 'choose' })
  const [createError, setCreateError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [text, setText] = useState('')
  const textId = useId()
  // a newer request wins: a file chosen while another is read replaces it
  const request = useRef(0)

  const read = async (source: Source, year?: number) => {
    const n = ++request.current
    const name = 'file' in source ? source.file.name : '粘贴的文字'
    setCreateError(null)
    setState({ step: 'reading', name })
    const opts = year === undefined ? {} : { year }
    const r: ReadReportResult = 'file' in source ? await readReportFile(source.file, opts) : await readReportText(source.text, opts)
    if (n !== request.current) return
    setState(r.ok ? { step: 'review', name, source, outcome: r.outcome } : { step: 'failed', message: r.message })
  }

  useEffect(() => {
    if (initialFile) void read({ file: initialFile })
    // only the file handed over when the dialog opened
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const drop = useFileDrop((file) => void read({ file }))
  const close = () => {
    request.current++
    onClose()
  }

  return (
    <Modal title={state.step === 'review' ? '核对导入的报告' : '导入已发布的报告'} onCancel={close} wide={state.step === 'review'}>
      {state.step === 'choose' && (
        <div className="dialog-body import-choose">
          <p>选择已发布的年度报告：Word 文档（.docx）、保存的网页（.html）或 PDF。文件只在本浏览器中读取，不会上传。读取后先核对，确认后才创建草稿。</p>
          <div className={`drop-zone${drop.over ? ' drop-over' : ''}`} {...drop.handlers}>
            <FilePickButton className="primary" accept={ACCEPT} onFile={(file) => void read({ file })} autoFocus>
              选择文件
            </FilePickButton>
            <p>或将文件拖放到此处</p>
          </div>
          <details>
            <summary>粘贴报告文字</summary>
            <label htmlFor={textId}>从网页或 Word 中复制的报告全文</label>
            <textarea id={textId} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
            <button type="button" onClick={() => void read({ text })} disabled={text.trim() === ''}>
              读取文字
            </button>
          </details>
        </div>
      )}
      {state.step === 'reading' && (
        <div className="dialog-body">
          <p role="status">正在读取“{state.name}”…</p>
        </div>
      )}
      {state.step === 'failed' && (
        <div className="dialog-body">
          <p role="alert">未导入：{state.message}</p>
        </div>
      )}
      {state.step === 'review' && (
        <>
          {createError && <p role="alert">{createError}</p>}
          <ReviewPanel
            fileName={state.name}
            outcome={state.outcome}
            busy={busy}
            onConfirmYear={(year) => void read(state.source, year)}
            onCancel={close}
            extraActions={renderExtraActions?.(state.outcome)}
            onCreate={() => {
              setBusy(true)
              void onCreate(state.outcome).then((r) => {
                setBusy(false)
                if (!r.ok) setCreateError(`草稿未能创建：${r.message}`)
              })
            }}
          />
        </>
      )}
      {state.step !== 'review' && (
        <div className="dialog-actions">
          {state.step === 'failed' && (
            <button type="button" onClick={() => setState({ step: 'choose' })}>
              重新选择
            </button>
          )}
          <button type="button" onClick={close}>
            {state.step === 'failed' ? '关闭' : '取消'}
          </button>
        </div>
      )}
    </Modal>
  )
}
