import { parentPort } from 'node:worker_threads'
import type { AuditRow } from '../core/audit/types'
import { auditAgain, auditFile, basesOf } from './audit-file'
import type { Answer, Done, Task } from './thread-pool'

/** A row as the command keeps it when no problem list is written: counts, families and all, no list. */
const withoutProblems = (r: AuditRow): AuditRow => (r.problems.length === 0 ? r : { ...r, problems: [] })

/** Runs a task in this thread (the workers, and the command without threads). */
export async function runTask<T extends Task>(task: T): Promise<Answer<T>> {
  switch (task.kind) {
    case 'files': {
      const rows: AuditRow[][] = []
      for (const file of task.files) {
        const got = await auditFile(file, { withFingerprint: task.detail })
        rows.push(task.detail ? got : got.map(withoutProblems))
      }
      return rows as Answer<T>
    }
    case 'bases':
      return (await basesOf(task.file, task.ids)) as Answer<T>
    case 'again': {
      const rows = await auditAgain(task.file, task.bases)
      return (task.detail ? rows : rows.map(withoutProblems)) as Answer<T>
    }
  }
  throw new Error('unknown task')
}

/** The worker side: one reply per task. */
export function serveAuditJobs(): void {
  parentPort?.on('message', (job: { id: number; task: Task }) => {
    void runTask(job.task).then((answer) => parentPort?.postMessage({ id: job.id, json: JSON.stringify(answer) } satisfies Done))
  })
}

