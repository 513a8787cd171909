import { isMainThread, workerData } from 'node:worker_threads'
import { parseArgs, threadCount } from './args'
import { startThreads } from './thread-pool'

// the entry of the built command (dist-cli/nianbao-audit.mjs), also run as its own worker threads;
// exit code 0 clean, 1 problems, 2 usage. It loads little: the threads are started first, each loading
// the rule engine (./threads) while this thread loads the walk and the output (./main).
if (!isMainThread && (workerData as { role?: string } | null)?.role === 'audit') {
  const { serveAuditJobs } = await import('./threads')
  serveAuditJobs()
} else {
  const argv = process.argv.slice(2)
  const entry = new URL(import.meta.url)
  const args = parseArgs(argv)
  const started = typeof args === 'object' && threadCount(args) > 1 ? startThreads(entry, threadCount(args)) : []
  const stop = () => Promise.all(started.map((w) => w.terminate()))
  const { main } = await import('./main')
  main(argv, console.log, { workerEntry: entry, started }).then(
    async (code) => {
      await stop()
      process.exitCode = code
    },
    async (e: unknown) => {
      await stop()
      console.error(`审核中断：${e instanceof Error ? e.message : String(e)}`)
      process.exitCode = 2
    },
  )
}
