import { useEffect, useState } from 'react'
import type { BatchProgress } from './use-audit-batch'

const seconds = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)}秒` : `${Math.floor(ms / 60_000)}分${Math.round((ms % 60_000) / 1000)}秒`)

/** done / total, elapsed and an estimate of what is left, and 取消 while it runs. */
export function ProgressBar({ progress, onCancel }: { progress: BatchProgress; onCancel: () => void }) {
  const [now, setNow] = useState(() => performance.now())
  const running = progress.endedAt === null
  useEffect(() => {
    if (!running) return
    const t = setInterval(() => setNow(performance.now()), 500)
    return () => clearInterval(t)
  }, [running])
  const elapsed = (progress.endedAt ?? now) - progress.startedAt
  const left = progress.done > 0 ? (elapsed / progress.done) * (progress.total - progress.done) : null
  const state = progress.cancelled ? '已取消' : running ? '正在读取' : '已完成'
  return (
    <div className="audit-progress" role="group" aria-label="读取进度">
      <progress max={progress.total} value={progress.done} aria-label="已读取文件" />
      <span role="status" aria-live="polite">
        {state} {progress.done} / {progress.total} 个文件，用时{seconds(elapsed)}
        {running && left !== null ? `，预计还需${seconds(left)}` : ''}
      </span>
      {running && (
        <button type="button" onClick={onCancel}>
          取消
        </button>
      )}
    </div>
  )
}
