import { unreadableRow } from '../../core/audit/unreadable-row'
import type { AuditRow } from '../../core/audit/types'
import type { AuditReply } from '../../workers/audit.worker'

export interface PoolProgress {
  readonly done: number
  readonly total: number
}

export interface PoolOptions {
  /** workers at once; each reads one file at a time */
  readonly size?: number
  /** a file that takes longer is stopped (its worker terminated) and becomes a row saying so */
  readonly timeLimitMs?: number
  readonly onRows: (rows: AuditRow[]) => void
  readonly onProgress: (p: PoolProgress) => void
  /** a worker factory, replaceable in tests */
  readonly spawn?: () => Worker
  /**
   * How long to wait before a worker starts its next file (the user is typing in the page): 0 to go on.
   * A worker idle while a key is handled leaves its core to the page's painting; pauses in a row end
   * after MAX_PAUSE_MS however long the typing goes on.
   */
  readonly pauseMs?: () => number
}

export const MAX_PAUSE_MS = 10_000

const spawnAuditWorker = () => new Worker(new URL('../../workers/audit.worker.ts', import.meta.url), { type: 'module' })

export const DEFAULT_TIME_LIMIT_MS = 60_000

/**
 * Leave one core to the page: on a 2-core machine one worker (two made typing in the search box lag
 * while the workers kept both cores busy, key → painted p95 36–38 ms against 31–32 with one; 500 .docx
 * take about 15 s instead of 10–14, well inside the 60 s budget).
 */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2
  return Math.max(1, Math.min(4, cores - 1))
}

/**
 * Audits files in a small pool of Web Workers. The main thread only posts File handles and receives
 * rows; a file past the time limit has its worker terminated and replaced. `cancel()` stops all
 * workers at once; what was done stays.
 */
export function runPool(files: readonly File[], o: PoolOptions): { done: Promise<void>; cancel: () => void } {
  const size = Math.min(o.size ?? defaultPoolSize(), Math.max(1, files.length))
  const limit = o.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
  const spawn = o.spawn ?? spawnAuditWorker
  let next = 0
  let done = 0
  let cancelled = false
  const workers = new Set<Worker>()
  // each file's time limit and each pause, so that 取消 stops them too (a limit firing after cancel added
  // rows and progress to whatever batch the page showed by then)
  const limits = new Set<ReturnType<typeof setTimeout>>()
  let finish: () => void = () => {}
  const finished = new Promise<void>((resolve) => (finish = resolve))

  const complete = () => {
    done += 1
    o.onProgress({ done, total: files.length })
    if (done === files.length) finish()
  }

  const lane = (worker: Worker, pausedAt: number | null = null) => {
    const wait = next < files.length && !cancelled ? (o.pauseMs?.() ?? 0) : 0
    const t = Date.now()
    if (wait > 0 && (pausedAt === null || t - pausedAt < MAX_PAUSE_MS)) {
      const pause = setTimeout(() => {
        limits.delete(pause)
        if (!cancelled) lane(worker, pausedAt ?? t)
      }, wait)
      limits.add(pause)
      return
    }
    const i = next++
    const file = files[i]
    if (cancelled || !file) {
      worker.terminate()
      workers.delete(worker)
      return
    }
    const timer = setTimeout(() => {
      limits.delete(timer)
      if (cancelled) return
      // stuck on this file: stop it, report it, carry on with a fresh worker
      worker.terminate()
      workers.delete(worker)
      o.onRows([unreadableRow(`${i}:${file.name}`, file.name, 'unknown', `读取超过${Math.round(limit / 1000)}秒，已停止（文件可能过大或已损坏）`)])
      complete()
      if (!cancelled) start()
    }, limit)
    limits.add(timer)
    const settled = () => {
      clearTimeout(timer)
      limits.delete(timer)
    }
    worker.onmessage = (e: MessageEvent<AuditReply>) => {
      settled()
      if (cancelled) return
      o.onRows(e.data.rows)
      complete()
      lane(worker)
    }
    worker.onerror = (e) => {
      e.preventDefault()
      settled()
      if (cancelled) return
      worker.terminate()
      workers.delete(worker)
      o.onRows([unreadableRow(`${i}:${file.name}`, file.name, 'unknown', '读取时出错，已跳过')])
      complete()
      if (!cancelled) start()
    }
    worker.postMessage({ id: i, file })
  }
  const start = () => {
    if (next >= files.length) return
    const w = spawn()
    workers.add(w)
    lane(w)
  }
  if (files.length === 0) finish()
  for (let k = 0; k < size; k++) start()
  return {
    done: finished,
    cancel: () => {
      cancelled = true
      for (const t of limits) clearTimeout(t)
      limits.clear()
      for (const w of workers) w.terminate()
      workers.clear()
      finish()
    },
  }
}
