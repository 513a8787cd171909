// The audit benchmarks: the command line on 1,000 and 10,000 data packages and 1,000 .docx (wall time,
// peak RSS), and the browser's 审核 screen with 500 .docx dropped at once (time to a complete table,
// longest main-thread task).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from './seeded-random.mjs'
import { sleep, summary as stats } from './stats.mjs'

/** Writes `n` copies of a report file, each for another agency, into a fresh folder (100 per sub-folder). */
function writeCopies(dir, n, ext, bytesFor) {
  rmSync(dir, { recursive: true, force: true })
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`)
    if (i % 100 === 0) mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}.${ext}`), bytesFor(i))
  }
}

/** One run of the built command: wall time (ms) and peak resident memory (MB) from GNU time. */
function runCli(root, dir, extra = []) {
  const cli = join(root, 'dist-cli', 'nianbao-audit.mjs')
  const t = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, dir, '-q', ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  const rssKb = Number(r.stderr.trim().split('\n').at(-1))
  const summary = r.stdout.trim().split('\n').find((l) => l.startsWith('共')) ?? r.stdout.trim().split('\n').at(-1)
  return { ms, rssMb: rssKb / 1024, summary, status: r.status }
}

export async function auditCliBench({ root, core, reps, log }) {
  if (!existsSync(join(root, 'dist-cli', 'nianbao-audit.mjs'))) execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  const work = join(root, 'bench', '.build', 'audit')
  const pkg = core.seedPackage('daxing-2024').json
  const agency = JSON.parse(pkg).content.agency
  const packageFor = (i) => pkg.replace(JSON.stringify(agency), JSON.stringify(`${agency}${i}`))
  const out = {}
  for (const n of [1000, 10000]) {
    const dir = join(work, `packages-${n}`)
    writeCopies(dir, n, 'json', packageFor)
    const runs = Array.from({ length: reps }, () => runCli(root, dir))
    out[`packages${n}`] = { ms: runs.map((r) => Math.round(r.ms)), rssMb: runs.map((r) => Math.round(r.rssMb)), summary: runs[0].summary }
    log(`  CLI, ${n} data packages: ${runs.map((r) => Math.round(r.ms)).join(', ')} ms, peak RSS ${runs.map((r) => Math.round(r.rssMb)).join(', ')} MB — ${runs[0].summary}`)
  }
  // the same 10,000 written out (--out result.json): every row with its problem list and fingerprint
  const written = runCli(root, join(work, 'packages-10000'), ['--out', join(work, 'result-10000.json')])
  out.packages10000Out = { ms: Math.round(written.ms), rssMb: Math.round(written.rssMb) }
  log(`  CLI, 10000 data packages with --out result.json: ${out.packages10000Out.ms} ms, peak RSS ${out.packages10000Out.rssMb} MB`)
  const docx = await core.seedDocxBytes('daxing-2024')
  const dir = join(work, 'docx-1000')
  writeCopies(dir, 1000, 'docx', () => docx)
  const runs = Array.from({ length: Math.max(1, reps - 1) }, () => runCli(root, dir))
  out.docx1000 = { ms: runs.map((r) => Math.round(r.ms)), rssMb: runs.map((r) => Math.round(r.rssMb)), summary: runs[0].summary }
  log(`  CLI, 1000 .docx: ${out.docx1000.ms.join(', ')} ms, peak RSS ${out.docx1000.rssMb.join(', ')} MB — ${runs[0].summary}`)
  out.docxDir = dir
  return out
}

// Long tasks, and the moment the file input's change event was dispatched (capture phase, before the page's
// handler): the task holding it is the hand-over of the files, which Chromium spends mostly creating the
// File objects before any page script runs.
const OBSERVE = () => {
  window.__tasks = []
  window.__change = null
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: false })
  document.addEventListener('change', () => (window.__change ??= performance.now()), true)
}
const SPLIT = () => {
  const at = window.__change
  const handover = window.__tasks.filter(([s, d]) => at !== null && s <= at && at <= s + d)
  const own = window.__tasks.filter((t) => !handover.includes(t))
  return { handover: Math.max(0, ...handover.map(([, d]) => d)), longest: Math.max(0, ...own.map(([, d]) => d)), count: own.length }
}

/**
 * Keys typed into 按机关名称搜索 ('a', then Backspace: the table empties and fills again), each measured
 * from keydown to the frame after it was painted (the probe's double rAF), with a seeded pause of
 * 60–160 ms between keys. `while` stops early (the batch ended).
 */
async function typeInSearch(page, keys, seed, keepGoing = async () => true) {
  const box = page.getByLabel('按机关名称搜索')
  await box.focus()
  const random = seededRandom(seed)
  const ms = []
  for (let i = 0; i < keys && (await keepGoing()); i++) {
    await page.evaluate(() => window.__bench.arm())
    await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace')
    const m = await page.evaluate(() => window.__bench.last)
    if (m) ms.push(m.end - m.start)
    await sleep(60 + random() * 100)
  }
  if ((await box.inputValue()) !== '') await box.fill('')
  return ms
}

/** The same files given to a bare `<input type=file>`: what the hand-over alone costs in this Chromium. */
async function bareInputHandover(context, files) {
  const page = await context.newPage()
  await page.setContent('<input type="file" multiple aria-label="files"><output></output><script>document.querySelector("input").onchange = (e) => { document.querySelector("output").textContent = "got " + e.target.files.length }</script>')
  await page.evaluate(OBSERVE)
  await page.getByLabel('files').setInputFiles(files)
  await page.getByText(`got ${files.length}`).waitFor()
  await page.waitForTimeout(300)
  const { handover } = await page.evaluate(SPLIT)
  await page.close()
  return Math.round(handover)
}

/**
 * 500 .docx dropped on 审核 at once: ms until 「已完成 500 / 500」, and the longest main-thread task of the
 * page's own work. The task that hands the 500 files over is reported apart, beside the same hand-over to a
 * bare file input (it is Chromium's, and about as long there).
 */
export async function auditBrowserBench({ context, base, docxDir, log }) {
  const files = []
  for (let d = 0; d < 5; d++) for (let i = 0; i < 100; i++) files.push(join(docxDir, `d${String(d).padStart(3, '0')}`, `r${String(d * 100 + i).padStart(6, '0')}.docx`))
  const bare = await bareInputHandover(context, files)
  const page = await context.newPage()
  await page.goto(`${base}/#/audit`)
  await page.evaluate(OBSERVE)
  const t = Date.now()
  await page.getByLabel('选择要审核的报告文件').setInputFiles(files)
  // typing in the search box while the files are read (it appears with the first rows) …
  await page.getByLabel('按机关名称搜索').waitFor({ timeout: 120_000 })
  const running = () => page.evaluate(() => /正在读取/.test(document.querySelector('.audit-progress')?.textContent ?? ''))
  const during = await typeInSearch(page, 40, 7, running)
  // polled once a second: a locator polling every frame would add its own work to the main thread measured
  await page.waitForFunction(() => /已完成 500 \/ 500 个文件/.test(document.body.textContent ?? '') && /共500份/.test(document.querySelector('.audit-summary')?.textContent ?? ''), null, { polling: 1000, timeout: 300_000 })
  const ms = Date.now() - t
  await page.waitForTimeout(1000)
  const split = await page.evaluate(SPLIT)
  // … and the same keys with the 500 rows in and nothing running: the page's own typing cost
  const idle = await typeInSearch(page, 40, 7)
  const typing = { during: stats(during), idle: stats(idle) }
  const summary = await page.locator('.audit-summary').textContent()
  log(`  typing in the search box, key → painted: while reading p95 ${typing.during.p95} ms (n ${typing.during.n}), idle p95 ${typing.idle.p95} ms (n ${typing.idle.n})`)
  log(`  browser, 500 .docx dropped: table complete in ${ms} ms; longest task of the page's own work ${Math.round(split.longest)} ms (${split.count} over 50 ms); the files' hand-over ${Math.round(split.handover)} ms (bare file input: ${bare} ms) — ${summary}`)
  await page.close()
  return { ms, longestTaskMs: Math.round(split.longest), longTasks: split.count, handoverMs: Math.round(split.handover), bareHandoverMs: bare, typing, summary }
}
