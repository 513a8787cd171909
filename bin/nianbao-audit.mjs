#!/usr/bin/env node
// `npx nianbao-audit`: runs the built command; says how to build it when it is missing (fresh clone).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = fileURLToPath(new URL('../dist-cli/nianbao-audit.mjs', import.meta.url))
if (!existsSync(built)) {
  console.error('nianbao-audit 尚未构建：请先运行 npm run build:cli（npm run build、npm test 和 npm start 也会构建它）')
  process.exit(2)
}
await import(pathToFileURL(built).href)
