import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { markDuplicates } from '../core/audit/duplicates'
import { batchSummary, rowLine } from '../core/audit/result-sheets'
import { unreadableRow } from '../core/audit/unreadable-row'
import type { AuditRow } from '../core/audit/types'
import { inOrder } from './pool'
import { crossYearPass } from './cross-year-pass'
import { parseArgs, USAGE } from './args'
import { startThreads, threadPool, type Task } from './thread-pool'
import { walkInputs, type InputFile, type WalkItem } from './walk'
import { writeResult } from './write-out'

/** Batches in flight per thread: enough to keep every thread busy while replies are handled. */
const CONCURRENCY = 4
/** Files per message to a thread: small data packages take well under a millisecond each. */
const BATCH = 64

/** The walk in groups of up to `size`, pulled lazily (the walk of 100,000 files is never listed at once). */
async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = []
  for await (const item of items) {
    batch.push(item)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

export interface MainOptions {
  /** the built command's own file: with it, files are audited in worker threads (one per core) */
  readonly workerEntry?: URL
  readonly threads?: number
  /** threads the entry started before loading the rest (used when they are as many as wanted) */
  readonly started?: readonly Worker[]
}

export async function main(argv: readonly string[], print: (line: string) => void = console.log, o: MainOptions = {}): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    print(args ? `${args}\n\n${USAGE}` : USAGE)
    return args ? 2 : argv.length === 0 ? 2 : 0
  }
  const threads = args.threads ?? o.threads ?? Math.min(4, availableParallelism())
  const workers = o.workerEntry && threads > 1 ? (o.started?.length === threads ? o.started : startThreads(o.workerEntry, threads)) : null
  const pool = workers ? threadPool(workers) : null
  // without threads the rule engine runs here, loaded only then (the entry's threads load it themselves)
  const here = pool ? null : (await import('./threads')).runTask
  const rows: AuditRow[] = []
  // the file each row came from, for the 跨年度 pass (a path and a name per row, not the content)
  const fileOf: (InputFile | undefined)[] = []
  const run = <T extends Task>(task: T) => (pool ? pool.run(task) : (here as NonNullable<typeof here>)(task))
  // problem lists and fingerprints are only written out (--out); the printed lines need the counts alone
  const detail = args.out !== undefined
  await inOrder<WalkItem[], { file?: InputFile; rows: AuditRow[] }[]>(
    batches(walkInputs(args.inputs), pool ? BATCH : 1),
    CONCURRENCY * (pool ? threads : 1),
    async (batch, b) => {
      const files = batch.filter((item): item is InputFile => !('missing' in item))
      const audited = files.length === 0 ? [] : await run({ kind: 'files', files, detail })
      let next = 0
      return batch.map((item, i) =>
        'missing' in item ? { rows: [unreadableRow(`#${b}.${i}`, item.missing, 'unknown', '找不到该文件或文件夹')] } : { file: item, rows: audited[next++] ?? [] },
      )
    },
    (found) => {
      for (const { file, rows: got } of found) {
        for (const r of got) {
          rows.push(r)
          fileOf.push(file)
          if (!args.quiet) print(rowLine(r))
        }
      }
    },
  )
  const cross = await crossYearPass(rows, fileOf, {
    bases: (file, ids) => run({ kind: 'bases', file, ids }),
    again: (file, bases) => run({ kind: 'again', file, bases, detail }),
  })
  await pool?.close()
  if (!args.quiet) {
    cross.rows.forEach((r, i) => {
      if (r !== rows[i]) print(`跨年度：${rowLine(r)}`)
    })
  }
  const marked = markDuplicates(cross.rows)
  if (!args.quiet) for (const r of marked) if (r.duplicateOf?.length) print(`重复：${r.source} 与 ${r.duplicateOf.join('、')} 为同一机关同一年度`)
  print(batchSummary(marked))
  if (args.out) {
    const written = await writeResult(args.out, marked)
    print(`结果已写入：${written.join('，')}`)
  }
  return marked.some((r) => r.errors > 0 || r.status === 'unreadable') ? 1 : 0
}
