import { availableParallelism } from 'node:os'
import { markDuplicates } from '../core/audit/duplicates'
import { batchSummary, rowLine } from '../core/audit/result-sheets'
import { unreadableRow } from '../core/audit/audit-report'
import type { AuditRow } from '../core/audit/types'
import { inOrder } from './pool'
import { auditFile } from './audit-file'
import { threadPool } from './threads'
import { walkInputs, type WalkItem } from './walk'
import { outKind, writeResult } from './write-out'

const USAGE = `用法：nianbao-audit <文件夹或文件…> [--out 结果.xlsx|结果.csv|结果.json] [--quiet]
  审核政府信息公开工作年度报告：.docx、.html、.pdf、数据包 .json，以及它们的 .zip 压缩包（可含子文件夹）。
  每份报告输出一行，最后输出汇总；任何报告有错误或无法读取时退出码为 1。
  --threads=N 同时使用的线程数（默认为处理器核数，最多4）。`

/** Files read and audited at once: enough to overlap disk reads with the rule engine. */
const CONCURRENCY = 8

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
  await inOrder<WalkItem, AuditRow[]>(
    walkInputs(args.inputs),
    CONCURRENCY * (pool ? threads : 1),
    async (item, i) => {
      if ('missing' in item) return [unreadableRow(`#${i}`, item.missing, 'unknown', '找不到该文件或文件夹')]
      return pool ? pool.run(item) : auditFile(item)
    },
    (found) => {
      for (const r of found) {
        rows.push(r)
        if (!args.quiet) print(rowLine(r))
      }
    },
  )
  await pool?.close()
  const marked = markDuplicates(rows)
  if (!args.quiet) for (const r of marked) if (r.duplicateOf?.length) print(`重复：${r.source} 与 ${r.duplicateOf.join('、')} 为同一机关同一年度`)
  print(batchSummary(marked))
  if (args.out) {
    const written = await writeResult(args.out, marked)
    print(`结果已写入：${written.join('，')}`)
  }
  return marked.some((r) => r.errors > 0 || r.status === 'unreadable') ? 1 : 0
}
