import { availableParallelism } from 'node:os'
import { markDuplicates } from '../core/audit/duplicates'
import { batchSummary, rowLine } from '../core/audit/result-sheets'
import { unreadableRow } from '../core/audit/audit-report'
import type { AuditRow } from '../core/audit/types'
import { inOrder } from './pool'
import { crossYearPass } from './cross-year-pass'
import { runTask, threadPool, type Task } from './threads'
import { walkInputs, type InputFile, type WalkItem } from './walk'
import { outKind, writeResult } from './write-out'

const USAGE = `用法：nianbao-audit <文件夹或文件…> [--out 结果.xlsx|结果.csv|结果.json] [--quiet]
  审核政府信息公开工作年度报告：.docx、.html、.pdf、数据包 .json，以及它们的 .zip 压缩包（可含子文件夹）。
  每份报告输出一行；同一机关相邻两个年度的报告互相对照（跨年度），重新核对的报告再输出一行；
  最后输出汇总；任何报告有错误或无法读取时退出码为 1。
  --threads=N 同时使用的线程数（默认为处理器核数，最多4）。`

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

interface Args {
  readonly inputs: string[]
  readonly out?: string
  readonly quiet: boolean
  readonly threads?: number
}

function parseArgs(argv: readonly string[]): Args | string {
  const inputs: string[] = []
  let out: string | undefined
  let quiet = false
  let threads: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--out' || a === '-o') {
      out = argv[++i]
      if (!out) return '--out 后面需要文件名'
    } else if (a.startsWith('--out=')) out = a.slice(6)
    else if (a === '--quiet' || a === '-q') quiet = true
    else if (a.startsWith('--threads=')) {
      threads = Number(a.slice(10))
      if (!Number.isInteger(threads) || threads < 1 || threads > 64) return `--threads 应为 1–64 的整数：${a}`
    }
    else if (a === '--help' || a === '-h') return ''
    else if (a.startsWith('-') && a.length > 1) return `不认识的选项：${a}`
    else inputs.push(a)
  }
  if (inputs.length === 0) return ''
  if (out !== undefined && !outKind(out)) return `--out 的文件应以 .xlsx、.csv 或 .json 结尾：${out}`
  return { inputs, out, quiet, threads }
}

export interface MainOptions {
  /** the built command's own file: with it, files are audited in worker threads (one per core) */
  readonly workerEntry?: URL
  readonly threads?: number
}

export async function main(argv: readonly string[], print: (line: string) => void = console.log, o: MainOptions = {}): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    print(args ? `${args}\n\n${USAGE}` : USAGE)
    return args ? 2 : argv.length === 0 ? 2 : 0
  }
  const threads = args.threads ?? o.threads ?? Math.min(4, availableParallelism())
  const pool = o.workerEntry && threads > 1 ? threadPool(o.workerEntry, threads) : null
  const rows: AuditRow[] = []
  // the file each row came from, for the 跨年度 pass (a path and a name per row, not the content)
  const fileOf: (InputFile | undefined)[] = []
  const run = <T extends Task>(task: T) => (pool ? pool.run(task) : runTask(task))
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
