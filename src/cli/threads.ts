import { parentPort, Worker } from 'node:worker_threads'
import { unreadableRow } from '../core/audit/audit-report'
import type { AuditRow } from '../core/audit/types'
import { auditFile } from './audit-file'
import type { InputFile } from './walk'

interface Job {
  readonly id: number
  readonly files: readonly InputFile[]
}
interface Done {
  readonly id: number
  /** JSON of AuditRow[][] (one list per file): for these nested rows a string crosses threads several times faster than a structured clone */
  readonly rows: string
}

/** The worker side: audits each batch of files it is sent, one reply per batch. */
export function serveAuditJobs(): void {
  parentPort?.on('message', (job: Job) => {
    void (async () => {
      const rows: AuditRow[][] = []
      for (const file of job.files) rows.push(await auditFile(file))
      parentPort?.postMessage({ id: job.id, rows: JSON.stringify(rows) } satisfies Done)
    })()
  })
}

/**
 * Threads running the built command's own file as workers: the rule engine, JSON and zip parsing are
 * CPU-bound and single-threaded, so a machine's cores each take a share of the files. Files go out in
 * batches, so a batch of small data packages costs one message each way instead of one per file.
 */
export function threadPool(entry: URL, size: number): { run: (files: readonly InputFile[]) => Promise<AuditRow[][]>; close: () => Promise<void> } {
  const workers = Array.from({ length: size }, () => new Worker(entry, { workerData: { role: 'audit' } }))
  const busy = workers.map(() => 0)
  const waiting = new Map<number, { resolve: (rows: AuditRow[][]) => void; files: readonly InputFile[]; worker: number }>()
  let next = 0
  workers.forEach((w, i) => {
    w.on('message', (d: Done) => {
      busy[i] = (busy[i] ?? 1) - 1
      waiting.get(d.id)?.resolve(JSON.parse(d.rows) as AuditRow[][])
      waiting.delete(d.id)
    })
    w.on('error', (e) => {
      // a worker that dies takes its files with it: they become rows, the others carry on
      busy[i] = Number.POSITIVE_INFINITY
      for (const [id, job] of waiting) {
        if (job.worker !== i) continue
        job.resolve(job.files.map((f) => [unreadableRow(f.shown, f.shown, 'unknown', `审核线程出错（${e.message}）`)]))
        waiting.delete(id)
      }
    })
  })
  return {
    run(files) {
      const id = next++
      // the least busy worker, so one slow file (a large PDF) does not hold up a queue behind it
      let pick = 0
      for (let i = 1; i < workers.length; i++) if ((busy[i] ?? 0) < (busy[pick] ?? 0)) pick = i
      busy[pick] = (busy[pick] ?? 0) + 1
      return new Promise((resolve) => {
        waiting.set(id, { resolve, files, worker: pick })
        workers[pick]?.postMessage({ id, files } satisfies Job)
      })
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
