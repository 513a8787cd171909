import { main } from './main'

// the entry of the built command (dist-cli/nianbao-audit.mjs): exit code 0 clean, 1 problems, 2 usage
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    console.error(`审核中断：${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 2
  },
)
