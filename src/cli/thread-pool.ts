import { Worker } from 'node:worker_threads'
import type { AuditRow } from '../core/audit/types'
import { unreadableRow } from '../core/audit/unreadable-row'
import type { Basis } from '../core/values/types'
import type { InputFile } from './walk'

/**
 * What a thread is asked: a batch of files, or one file's part in the 跨年度 pass (cross-year-pass.ts).
 * `detail: false` when nothing will write the rows out (no --out): the rows come back with their counts
 * but no problem list (a quarter of the bytes to send, parse and hold) and no fingerprint (its canonical
 * text and SHA-256 were a sixth of a data package's audit; the printed lines do not show it).
 */
export type Task =
  | { readonly kind: 'files'; readonly files: readonly InputFile[]; readonly detail: boolean }
  | { readonly kind: 'bases'; readonly file: InputFile; readonly ids: readonly string[] }
  | { readonly kind: 'again'; readonly file: InputFile; readonly bases: readonly [string, Basis][]; readonly detail: boolean }
export type Answer<T extends Task> = T extends { kind: 'files' } ? AuditRow[][] : T extends { kind: 'bases' } ? [string, Basis][] : AuditRow[]

export interface Done {
  readonly id: number
  /** JSON of the answer: for these nested rows a string crosses threads several times faster than a structured clone */
  readonly json: string
}

/**
 * The audit threads: the built command's own file run as workers (role 'audit'). The entry starts them
 * before it loads the rest of the command, so each loads the rule engine while this thread loads its part.
 */
export function startThreads(entry: URL, size: number): Worker[] {
  return Array.from({ length: size }, () => new Worker(entry, { workerData: { role: 'audit' } }))
}

/** What a task's files become when their thread dies. */
function failed(task: Task, message: string): unknown {
  const row = (f: InputFile) => unreadableRow(f.shown, f.shown, 'unknown', `审核线程出错（${message}）`)
  if (task.kind === 'files') return task.files.map((f) => [row(f)])
  // the cross-year pass leaves the first audit's rows as they are
  return []
}

export interface ThreadPool {
  run<T extends Task>(task: T): Promise<Answer<T>>
  close(): Promise<void>
}

/**
 * Threads running the built command's own file as workers: the rule engine, JSON and zip parsing are
 * CPU-bound and single-threaded, so a machine's cores each take a share of the files. Files go out in
 * batches, so a batch of small data packages costs one message each way instead of one per file.
 */
export function threadPool(workers: readonly Worker[]): ThreadPool {
  const busy = workers.map(() => 0)
  const waiting = new Map<number, { resolve: (answer: unknown) => void; task: Task; worker: number }>()
  let next = 0
  workers.forEach((w, i) => {
    w.on('message', (d: Done) => {
      busy[i] = (busy[i] ?? 1) - 1
      waiting.get(d.id)?.resolve(JSON.parse(d.json))
      waiting.delete(d.id)
    })
    w.on('error', (e) => {
      // a worker that dies takes its files with it: they become rows, the others carry on
      busy[i] = Number.POSITIVE_INFINITY
      for (const [id, job] of waiting) {
        if (job.worker !== i) continue
        job.resolve(failed(job.task, e.message))
        waiting.delete(id)
      }
    })
  })
  return {
    run<T extends Task>(task: T): Promise<Answer<T>> {
      const id = next++
      // the least busy worker, so one slow file (a large PDF) does not hold up a queue behind it
      let pick = 0
      for (let i = 1; i < workers.length; i++) if ((busy[i] ?? 0) < (busy[pick] ?? 0)) pick = i
      busy[pick] = (busy[pick] ?? 0) + 1
      return new Promise((resolve) => {
        waiting.set(id, { resolve: resolve as (a: unknown) => void, task, worker: pick })
        workers[pick]?.postMessage({ id, task })
      })
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
