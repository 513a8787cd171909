import { parentPort, Worker } from 'node:worker_threads'
import { unreadableRow } from '../core/audit/audit-report'
import type { AuditRow } from '../core/audit/types'
import { auditFile } from './audit-file'
import type { InputFile } from './walk'

interface Job {
  readonly id: number
  readonly file: InputFile
}
interface Done {
  readonly id: number
  readonly rows: AuditRow[]
}

/** The worker side: audits the files it is sent, one reply each (several in flight overlap disk and CPU). */
export function serveAuditJobs(): void {
  parentPort?.on('message', (job: Job) => {
    void auditFile(job.file).then((rows) => parentPort?.postMessage({ id: job.id, rows } satisfies Done))
  })
}

/**
 * Threads running the built command's own file as workers: the rule engine, JSON and zip parsing are
 * CPU-bound and single-threaded, so a machine's cores each take a share of the files.
 */
export function threadPool(entry: URL, size: number): { run: (file: InputFile) => Promise<AuditRow[]>; close: () => Promise<void> } {
  const workers = Array.from({ length: size }, () => new Worker(entry, { workerData: { role: 'audit' } }))
  const busy = workers.map(() => 0)
  const waiting = new Map<number, { resolve: (rows: AuditRow[]) => void; file: InputFile; worker: number }>()
  let next = 0
  workers.forEach((w, i) => {
    w.on('message', (d: Done) => {
      busy[i] = (busy[i] ?? 1) - 1
      waiting.get(d.id)?.resolve(d.rows)
      waiting.delete(d.id)
    })
    w.on('error', (e) => {
      // a worker that dies takes its files with it: they become rows, the others carry on
      busy[i] = Number.POSITIVE_INFINITY
      for (const [id, job] of waiting) {
        if (job.worker !== i) continue
        job.resolve([unreadableRow(job.file.shown, job.file.shown, 'unknown', `审核线程出错（${e.message}）`)])
        waiting.delete(id)
      }
    })
  })
  return {
    run(file) {
      const id = next++
      // the least busy worker, so one slow file (a large PDF) does not hold up a queue behind it
      let pick = 0
      for (let i = 1; i < workers.length; i++) if ((busy[i] ?? 0) < (busy[pick] ?? 0)) pick = i
      busy[pick] = (busy[pick] ?? 0) + 1
      return new Promise((resolve) => {
        waiting.set(id, { resolve, file, worker: pick })
        workers[pick]?.postMessage({ id, file } satisfies Job)
      })
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
