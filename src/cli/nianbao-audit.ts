import { isMainThread, workerData } from 'node:worker_threads'
import { main } from './main'
import { serveAuditJobs } from './threads'

// the entry of the built command (dist-cli/nianbao-audit.mjs), also run as its own worker threads;
// exit code 0 clean, 1 problems, 2 usage
if (!isMainThread && (workerData as { role?: string } | null)?.role === 'audit') {
  serveAuditJobs()
} else {
  main(process.argv.slice(2), console.log, { workerEntry: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      console.error(`审核中断：${e instanceof Error ? e.message : String(e)}`)
      process.exitCode = 2
    },
  )
}
