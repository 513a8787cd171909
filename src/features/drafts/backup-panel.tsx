import { useState } from 'react'
import type { Draft } from '../../core/package/draft'
import { downloadText } from '../../ui/download'
import { noteExported, overdueDrafts, REMIND_AFTER_DAYS } from './export-record'
import { PersistNote } from './persist-note'

interface Props {
  readonly drafts: readonly Draft[]
  /** injected in tests */
  readonly now?: () => Date
  readonly storage?: StorageManager
}

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

/**
 * Keeping the drafts safe beyond this browser: 导出全部报告 (one file that 导入数据包 reads back, each report
 * as a draft), a reminder when changes have gone unexported for 14 days, and a note if the browser may evict them.
 */
export function BackupPanel({ drafts, now = () => new Date(), storage }: Props) {
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null)
  // re-read on every render: an export clears the reminder at once
  const overdue = overdueDrafts(drafts, now())
  const exportAll = async () => {
    const at = now()
    // loaded on use: the first screen's JavaScript stays small
    const { serializeBackup } = await import('../../core/package/backup')
    const ok = downloadText(serializeBackup(drafts, at), `年报编制助手-全部报告-${day(at)}.json`)
    if (ok) noteExported(drafts.map((d) => d.id), at)
    setMessage(ok ? { tone: 'status', text: `已将全部${drafts.length}份报告导出到一个文件` } : { tone: 'alert', text: '浏览器未能下载文件，请换用较新的浏览器后重试。' })
  }
  return (
    <div className="backup-panel">
      <PersistNote storage={storage} />
      {overdue.length > 0 && (
        <p className="backup-reminder">
          有{overdue.length}份报告的修改已超过{REMIND_AFTER_DAYS}天没有导出备份。浏览器中的数据可能因清理或故障丢失，建议现在导出。
        </p>
      )}
      {drafts.length > 0 && (
        <button type="button" onClick={() => void exportAll()}>
          导出全部报告
        </button>
      )}
      {message?.tone === 'alert' ? <p role="alert">{message.text}</p> : message && <span role="status"> {message.text}</span>}
    </div>
  )
}
