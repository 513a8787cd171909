import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Builds the command as `npm run build:cli` does, into a fresh folder inside the project (as dist-cli is:
 * pdf.js and SheetJS, left out of the bundle, resolve from its node_modules). Returns the .mjs to run.
 */
export function buildCli(): string {
  mkdirSync(join(process.cwd(), 'node_modules', '.tmp'), { recursive: true })
  const outDir = mkdtempSync(join(process.cwd(), 'node_modules', '.tmp', 'cli-'))
  const build = spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--outDir', outDir, '--logLevel', 'error'], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`)
  return join(outDir, 'nianbao-audit.mjs')
}
