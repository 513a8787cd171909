// The README's test command: type check, lint, unit/component tests, build, browser tests.
// Prints one closing line `N passed, N failed` (also written to test-results/summary.txt for .ci/run).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const OUT = 'test-results'
mkdirSync(OUT, { recursive: true })
let passed = 0
let failed = 0

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args)
  if (ok) passed++
  else failed++
  console.log(`${ok ? '✔' : '✘'} ${label}`)
}

function counted(label, cmd, args, jsonFile, read, env) {
  rmSync(jsonFile, { force: true })
  const ok = run(label, cmd, args, env)
  if (!existsSync(jsonFile)) {
    failed++
    console.log(`✘ ${label}: no report written`)
    return
  }
  const { p, f } = read(JSON.parse(readFileSync(jsonFile, 'utf8')))
  passed += p
  failed += f
  if (!ok && f === 0) failed++ // the runner failed outside any test (e.g. a suite that did not load)
  console.log(`${ok ? '✔' : '✘'} ${label}: ${p} passed, ${f} failed`)
}

step('type check', 'npx', ['tsc', '-b'])
step('lint (layer boundaries, no eval)', 'npx', ['oxlint', '--deny-warnings'])
counted(
  'unit and component tests (vitest)',
  'npx',
  ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${OUT}/vitest.json`],
  `${OUT}/vitest.json`,
  (r) => ({ p: r.numPassedTests, f: r.numFailedTests }),
)
// the app, then the command-line audit (dist-cli/nianbao-audit.mjs, which `npx nianbao-audit` runs)
const built = run('build', 'npx', ['vite', 'build']) && run('build (command line)', 'npx', ['vite', 'build', '-c', 'vite.cli.config.ts'])
if (built) passed++
else failed++
if (built && !process.argv.includes('--no-e2e')) {
  counted(
    'browser tests (Playwright, Debian Chromium)',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    `${OUT}/playwright.json`,
    (r) => ({ p: r.stats.expected + r.stats.flaky, f: r.stats.unexpected }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json` },
  )
  // a build whose format list includes the test-only 2027 revision (test/fixtures/format-2027.ts)
  counted(
    'browser test of a 2027 revision build (Playwright)',
    'npx',
    ['playwright', 'test', '-c', 'playwright.format-2027.config.ts', '--reporter=list,json'],
    `${OUT}/playwright-2027.json`,
    (r) => ({ p: r.stats.expected + r.stats.flaky, f: r.stats.unexpected }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright-2027.json` },
  )
}
const line = `${passed} passed, ${failed} failed`
writeFileSync(`${OUT}/summary.txt`, `${line}\n`)
console.log(`\n${line}`)
process.exit(failed === 0 ? 0 : 1)
