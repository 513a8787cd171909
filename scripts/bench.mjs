// `npm run bench`: measures the built app (dist/) in Debian's Chromium and the core in node, against the
// budgets of BENCHMARKS.md. Writes bench/results.json and BENCHMARKS.md, prints a table, and ends with
// `budgets: N met, M missed` (exit 1 when any is missed). Not part of `npm test`: timings are noisy.
//
//   node scripts/bench.mjs                 the full run (about 15 minutes on the 2-core CI machine)
//   node scripts/bench.mjs --quick         fewer repetitions, for working on the bench itself
//   node scripts/bench.mjs --only=core,load,typing,documents,memory,import,pdf
//   node scripts/bench.mjs --diagnose      always profile where the time goes (default: when a budget is missed)
//   node scripts/bench.mjs --no-diagnose   never profile; --rates=4 types at 4× CPU only (with --only=typing)
//   node scripts/bench.mjs --write-control regenerate bench/control.html from 表三's layout and exit
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright'
import { build } from 'vite'
import { LAUNCH, cdp, newContext, openControl, openImported } from '../bench/lib/app.mjs'
import { diagnoseBrowser, diagnoseCore } from '../bench/lib/diagnose.mjs'
import { docxOnce, memoryCycles, previewOnce } from '../bench/lib/documents.mjs'
import { importOnce, loadSeedSources } from '../bench/lib/import.mjs'
import { initialJs, loadOnce, typesInto } from '../bench/lib/load.mjs'
import { serve } from '../bench/lib/server.mjs'
import { pdfBench } from '../bench/lib/pdf.mjs'
import { median, sleep, summary } from '../bench/lib/stats.mjs'
import { editScript, typingRun } from '../bench/lib/typing.mjs'
import { renderMarkdown, renderTable } from './bench-report.mjs'
import { auditBrowserBench, auditCliBench } from '../bench/lib/audit.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BENCH = join(ROOT, 'bench')
const BUILT = join(ROOT, 'dist')
// a copy of dist/ is measured, so a rebuild by someone else during the run cannot pull files away
const DIST = join(BENCH, '.build', 'dist')
const PROBE = join(BENCH, 'probe.js')
const argv = process.argv.slice(2)
const QUICK = argv.includes('--quick')
const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',')
const runs = (part) => !only || only.includes(part)
// for working on typing: e.g. --rates=4 measures at 4× only
const RATES = argv.find((a) => a.startsWith('--rates='))?.slice('--rates='.length).split(',').map(Number) ?? [1, 4]
const NO_DIAGNOSE = argv.includes('--no-diagnose')
const t0 = Date.now()
const log = (s) => console.log(s)

const CONFIG = QUICK
  ? { loadReps: 3, typing: { warmupBlocks: 2, blocks: 12, rounds: 4 }, settleMs: 20, docReps: 4, importReps: 3, memoryCycles: 10, scale: { 1000: 2, 10000: 1 } }
  : { loadReps: 9, typing: { warmupBlocks: 4, blocks: 160, rounds: 16 }, settleMs: 20, docReps: 11, importReps: 9, memoryCycles: 100, scale: { 1000: 5, 10000: 3, 100000: 1 } }

// ---------------------------------------------------------------- the core, bundled for node
async function bundleCore() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      ssr: 'bench/core-bench.ts',
      outDir: 'bench/.build',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'core-bench.mjs', format: 'es' } },
    },
  })
  return import(pathToFileURL(join(BENCH, '.build', 'core-bench.mjs')).href)
}

const core = await bundleCore()
if (argv.includes('--write-control')) {
  writeFileSync(join(BENCH, 'control.html'), core.controlHtml())
  log('wrote bench/control.html')
  process.exit(0)
}
if (existsSync(join(BENCH, 'control.html')) && readFileSync(join(BENCH, 'control.html'), 'utf8') !== core.controlHtml()) {
  log('note: bench/control.html differs from 表三\'s current layout; regenerate it with --write-control')
}
if (!existsSync(join(BUILT, 'index.html'))) {
  console.error('dist/ is missing: run `npx vite build` first')
  process.exit(2)
}
rmSync(DIST, { recursive: true, force: true })
cpSync(BUILT, DIST, { recursive: true })
// The same app built from the working tree with (hidden) source maps: the diagnosis profiles it, and its
// index.html names the same content-hashed chunks as dist/ exactly when dist/ is the working tree's code.
const MAPPED = join(BENCH, '.build', 'app')
let mappedBuild = null
try {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: MAPPED, emptyOutDir: true, sourcemap: 'hidden' } })
  mappedBuild = { dir: MAPPED, sameAsMeasured: readFileSync(join(MAPPED, 'index.html'), 'utf8') === readFileSync(join(DIST, 'index.html'), 'utf8') }
  if (!mappedBuild.sameAsMeasured) log('note: dist/ is not the working tree\'s code (rebuild with `npx vite build`); the profiling copy is built from the working tree')
} catch (e) {
  log(`note: the working tree does not build (${e instanceof Error ? e.message.split('\n')[0] : e}); no profiling copy`)
}
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

const results = {
  date: new Date().toISOString(),
  quick: QUICK,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: null,
    playwright: JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright/package.json'), 'utf8')).version,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  dist: {
    builtAt: statSync(join(BUILT, 'index.html')).mtime.toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: (git('status', '--porcelain', '--', 'src', 'templates', 'index.html', 'vite.config.ts') ?? '').split('\n').filter(Boolean).length,
    sameAsWorkingTree: mappedBuild?.sameAsMeasured ?? null,
  },
  config: CONFIG,
}

// ---------------------------------------------------------------- seeds
results.seeds = core.seedSummaries()
const seedName = core.longestSeed()
results.longestSeed = seedName
const pkg = core.seedPackage(seedName)
log(`seeds (text characters): ${results.seeds.map((s) => `${s.name} ${s.textChars}`).join(', ')} → ${seedName}`)
if (results.seeds.find((s) => s.name === seedName).errors > 0) throw new Error(`${seedName} has errors: the document benchmarks need an error-free report`)

// ---------------------------------------------------------------- core in node
if (runs('core')) {
  log('core (node): rule engine scale…')
  const scale = core.ruleScale(
    Object.keys(CONFIG.scale).map(Number),
    (n) => CONFIG.scale[n],
  )
  results.ruleScale = scale.map((s) => ({ reports: s.reports, ms: s.ms.map((x) => Math.round(x)), medianMs: Math.round(median(s.ms)), usPerReport: Math.round((1000 * median(s.ms)) / s.reports), problemsPerReport: Math.round(s.problemsPerReport * 10) / 10 }))
  for (const s of results.ruleScale) log(`  ${s.reports} reports: ${s.medianMs} ms (${s.usPerReport} µs each)`)
  const sim = core.similarityTiming(QUICK ? 5 : 21)
  results.similarity = { ...summary(sim.ms.slice(1)), ratio: Math.round(sim.ratio * 100) / 100, chars: sim.chars }
  log(`  N-9 similarity, two ${sim.chars}-character texts: median ${results.similarity.median} ms (share found ${results.similarity.ratio})`)
  const snap = core.snapshotBench(seedName, QUICK ? 11 : 51)
  results.snapshot = { ...summary(snap.ms.slice(1)), bytes50: snap.bytes50, versionBytes: snap.versionBytes, recordBytes: snap.recordBytes }
  log(`  历史版本 snapshot (${seedName}): median ${results.snapshot.median} ms, max ${results.snapshot.max} ms; one version ${snap.versionBytes} bytes (content ${snap.recordBytes}); 50 versions ${snap.bytes50} bytes`)
  const d = await core.docxInNode(seedName, QUICK ? 3 : 7)
  results.docxNode = { buildModel: summary(d.buildModelMs.slice(1)), render: summary(d.renderMs.slice(1)), bytes: d.bytes }
  log(`  .docx in node: model ${results.docxNode.buildModel.median} ms, Packer ${results.docxNode.render.median} ms`)
  const rd = await core.readInNode(seedName, QUICK ? 4 : CONFIG.docReps)
  // the first read of each file warms the parsers up: left out like the first .docx render
  results.readNode = { docx: summary(rd.docxMs.slice(1)), appDocx: summary(rd.appDocxMs.slice(1)), html: summary(rd.htmlMs.slice(1)), bytes: rd.bytes }
  log(`  reading ${seedName} in node: LibreOffice .docx ${results.readNode.docx.median} ms, app .docx ${results.readNode.appDocx.median} ms, web page ${results.readNode.html.median} ms (medians)`)
}

// ---------------------------------------------------------------- audit: the command line
if (runs('audit')) {
  log('audit: nianbao-audit on generated folders…')
  results.auditCli = await auditCliBench({ root: ROOT, core, reps: QUICK ? 1 : 3, log })
}

results.bundle = initialJs(DIST)
log(`initial JS: ${results.bundle.files.map((f) => f.file).join(', ')} — ${(results.bundle.gzip / 1000).toFixed(1)} kB gzip`)

// ---------------------------------------------------------------- browser
const server = await serve({ dist: DIST, benchDir: BENCH })
const browser = await chromium.launch(LAUNCH)
results.machine.chromium = browser.version()

try {
  if (runs('load')) {
    log('first load (cold cache)…')
    const ctx = await newContext(browser, PROBE)
    const { url: editorUrl, page: importer } = await openImported(ctx, server.url, pkg)
    await importer.close()
    const page = await ctx.newPage()
    const session = await cdp(page)
    await session.send('Network.enable')
    await session.send('Network.setCacheDisabled', { cacheDisabled: true })
    const targets = { control: `${server.url}/__bench/control.html`, home: `${server.url}/#/`, editor: editorUrl }
    const raw = { control: [], home: [], editor: [] }
    const names = Object.keys(targets)
    for (let r = 0; r < CONFIG.loadReps; r++) {
      // rotate the order, so no page always comes first
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + r) % names.length]
        raw[name].push(await loadOnce(page, targets[name]))
      }
    }
    await page.goto(targets.control)
    const typed = { control: await typesInto(page, null), home: false, editor: false }
    await page.goto(targets.home)
    typed.home = await typesInto(page, '机关名称')
    await page.goto(targets.editor)
    await page.locator('input[data-path^="t3."]').first().waitFor()
    typed.editor = await typesInto(page, null)
    await ctx.close()
    const pick = (rows, k) => summary(rows.map((x) => x[k]))
    results.load = {}
    for (const name of names) {
      results.load[name] = {
        usable: pick(raw[name], 'usableAt'),
        appeared: pick(raw[name], 'appearedAt'),
        painted: pick(raw[name], 'paintedAt'),
        fcp: pick(raw[name], 'fcp'),
        domContentLoaded: pick(raw[name], 'domContentLoaded'),
        firstInput: raw[name][0]?.label,
        typesACharacter: typed[name],
        raw: raw[name],
      }
      log(`  ${name}: input usable ${results.load[name].usable.median} ms (median), first input 「${results.load[name].firstInput}」`)
    }
  }

  if (runs('audit') && results.auditCli) {
    log('audit: 500 .docx dropped on 审核…')
    const ctx = await newContext(browser, PROBE)
    results.auditBrowser = await auditBrowserBench({ context: ctx, base: server.url, docxDir: results.auditCli.docxDir, log })
    await ctx.close()
  }

  let appCtx = null
  let app = null
  let control = null
  if (runs('typing') || runs('documents') || runs('memory')) {
    appCtx = await newContext(browser, PROBE)
    app = await openImported(appCtx, server.url, pkg)
    control = await openControl(await newContext(browser, PROBE), server.url, pkg)
  }

  if (runs('typing')) {
    const script = editScript(pkg.t3, CONFIG.typing)
    results.typing = { edits: script.rounds.flat().length, cellsUsed: script.cellsUsed, warmupEdits: script.warmup.length }
    const appSession = await cdp(app.page)
    const controlSession = await cdp(control.page)
    for (const rate of RATES) {
      log(`typing in 表三 at ${rate}× CPU: ${results.typing.edits} edits per page…`)
      await appSession.send('Emulation.setCPUThrottlingRate', { rate })
      await controlSession.send('Emulation.setCPUThrottlingRate', { rate })
      const run = await typingRun({ app: app.page, control: control.page, script, settleMs: CONFIG.settleMs * rate, log })
      const fig = (edits) => ({
        eventTiming: summary(edits.map((e) => e.eventMs)),
        frame: summary(edits.map((e) => e.end - e.start)),
        handlerDelay: summary(edits.map((e) => e.handlerAt - e.start)),
        editsWithEventEntry: edits.filter((e) => e.eventEntries > 0).length,
      })
      results.typing[`${rate}x`] = {
        app: fig(run.app),
        control: fig(run.control),
        problems: run.problems,
        raw: { app: run.app.map(compactEdit), control: run.control.map(compactEdit) },
      }
      const t = results.typing[`${rate}x`]
      log(`  Event Timing p95: app ${t.app.eventTiming.p95} ms, control ${t.control.eventTiming.p95} ms; key→painted p95: app ${t.app.frame.p95} ms, control ${t.control.frame.p95} ms`)
      if (run.problems.length) log(`  ${run.problems.length} edits did not land as expected, e.g. ${run.problems[0]}`)
    }
    await appSession.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await controlSession.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  }

  if (runs('documents')) {
    log(`document (${seedName}): 下载 Word and 预览 × ${CONFIG.docReps}…`)
    await control.page.close()
    const docx = []
    const preview = []
    for (let i = 0; i < CONFIG.docReps; i++) {
      preview.push(await previewOnce(app.page))
      docx.push(await docxOnce(app.page))
      await sleep(200)
    }
    // the first of each loads its lazy chunk: reported apart, the budget is on the median of all
    results.documents = {
      seed: seedName,
      docx: { generate: summary(docx.map((d) => d.generateMs)), clickToBlob: summary(docx.map((d) => d.clickToBlobMs)), first: omitWindow(docx[0]), fileName: docx[0].fileName },
      preview: {
        clickToPainted: summary(preview.map((p) => p.toPaintMs)),
        clickToDom: summary(preview.map((p) => p.toDomMs)),
        paginate: summary(preview.map((p) => p.paginateMs)),
        close: summary(preview.map((p) => p.closeMs)),
        pages: preview[0].pages,
        first: omitWindow(preview[0]),
      },
    }
    const d = results.documents
    log(`  .docx: ${d.docx.generate.median} ms median (first ${Math.round(d.docx.first.generateMs)} ms); preview: ${d.preview.clickToPainted.median} ms median to painted, ${d.preview.pages} pages (pagination ${d.preview.paginate.median} ms)`)
  }

  if (runs('memory')) {
    log(`memory: ${CONFIG.memoryCycles} × (preview → close → download)…`)
    const session = await cdp(app.page)
    results.memory = await memoryCycles(app.page, session, { cycles: CONFIG.memoryCycles, sampleEvery: Math.max(1, Math.floor(CONFIG.memoryCycles / 4)), log })
    log(`  heap ${(results.memory.before / 1e6).toFixed(2)} → ${(results.memory.after / 1e6).toFixed(2)} MB (${(results.memory.growth / 1e6).toFixed(2)} MB)`)
  }
  if (runs('import')) {
    // the seed files (LibreOffice makes them on first use): the web page, its .docx, that .docx's PDF
    const source = (await loadSeedSources(ROOT))[seedName]
    log(`import (${seedName}): .docx, web page and PDF dropped on the draft list → review painted × ${CONFIG.importReps}…`)
    const ctx = await newContext(browser, PROBE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/#/`)
    await page.locator('.draft-list').waitFor()
    results.import = { seed: seedName }
    for (const [kind, file] of [['docx', 'report.docx'], ['html', 'report.html'], ['pdf', 'report.pdf']]) {
      const bytes = source.bytes(kind)
      const all = []
      for (let i = 0; i < CONFIG.importReps; i++) all.push(await importOnce(page, file, bytes))
      const of = (k) => summary(all.map((x) => x.timings?.[k]))
      // the first loads the lazy chunks (and pdf.js): reported apart, the budget is on the median of all
      results.import[kind] = { bytes: bytes.length, toPainted: summary(all.map((x) => x.toPaintMs)), toDom: summary(all.map((x) => x.toDomMs)), readInWorker: of('readMs'), importInWorker: of('importMs'), pdfjsLoad: kind === 'pdf' ? of('pdfjsLoadMs') : undefined, first: all[0] }
      const x = results.import[kind]
      log(`  ${kind}: ${x.toPainted.median} ms median drop → review painted (first ${Math.round(x.first.toPaintMs)} ms); in the worker: read ${x.readInWorker.median} ms, import ${x.importInWorker.median} ms${kind === 'pdf' ? `, pdf.js load ${x.pdfjsLoad.median} ms` : ''}`)
    }
    await ctx.close()
  }
  await appCtx?.close()

  if (runs('pdf')) {
    results.pdf = await pdfBench({ core, browser, serverUrl: server.url, dist: DIST, root: ROOT, seedName, reps: QUICK ? 3 : 9, longReps: QUICK ? 1 : 3, log })
  }
} finally {
  await browser.close()
}

// ---------------------------------------------------------------- budgets
results.budgets = budgets(results)
const missed = results.budgets.filter((b) => b.pass === false)
await server.close()
if (argv.includes('--diagnose') || (missed.length > 0 && !NO_DIAGNOSE)) {
  log('diagnosis: where the time goes…')
  results.diagnosis = {}
  // a failing diagnosis must not lose the figures: it is recorded and the run goes on
  const attempt = async (what) => {
    try {
      return await what()
    } catch (e) {
      log(`  diagnosis failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`)
      return { error: String(e instanceof Error ? e.message : e).split('\n')[0] }
    }
  }
  if (argv.includes('--diagnose') || missed.some((b) => b.id.startsWith('rules'))) {
    results.diagnosis.core = await attempt(() => diagnoseCore(core, join(BENCH, '.build', 'core-bench.mjs')))
  }
  if (argv.includes('--diagnose') || missed.some((b) => /^(typing|docx|preview|load)/.test(b.id))) {
    results.diagnosis.browser = mappedBuild
      ? await attempt(() => diagnoseBrowser({ dir: mappedBuild.dir, sameAsMeasured: mappedBuild.sameAsMeasured, bench: BENCH, pkg, probe: PROBE, log }))
      : { error: 'the working tree did not build' }
  }
}

results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100)
results.durationSec = Math.round((Date.now() - t0) / 1000)
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 1)}\n`)
if (!only && !QUICK) writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results))
log('')
log(renderTable(results))
const met = results.budgets.filter((b) => b.pass === true).length
log(`bench/results.json written${!only && !QUICK ? ', BENCHMARKS.md regenerated' : ''}; ${results.durationSec} s in all`)
log(`budgets: ${met} met, ${missed.length} missed`)
process.exit(missed.length === 0 ? 0 : 1)

// ---------------------------------------------------------------- helpers

function omitWindow(x) {
  const rest = { ...x }
  delete rest.window
  return rest
}

function compactEdit(e) {
  const r = (v) => Math.round(v * 10) / 10
  // the key's page time last: slow edits at a steady period show a periodic cause (a timer, GC, the beat
  // of the edit rhythm against the frame clock), not the edit
  return [e.path, e.op, r(e.eventMs), r(e.end - e.start), Math.round(e.start)]
}

/** Every budget of the issue, as { id, what, value, limit, unit, pass }; pass null when not measured. */
function budgets(r) {
  const out = []
  const add = (id, what, value, limit, unit, detail) => out.push({ id, what, value: value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10, limit, unit, detail, pass: value === undefined || Number.isNaN(value) ? null : value <= limit })
  for (const [rate, limit] of [['1x', 8], ['4x', 16]]) {
    const t = r.typing?.[rate]
    add(`typing.${rate}.event`, `表三 typing at ${rate.replace('x', '×')} CPU, Event Timing p95: app − control`, t && t.app.eventTiming.p95 - t.control.eventTiming.p95, limit, 'ms', t && `app ${t.app.eventTiming.p95}, control ${t.control.eventTiming.p95}`)
    add(`typing.${rate}.frame`, `表三 typing at ${rate.replace('x', '×')} CPU, key → painted (double rAF) p95: app − control`, t && t.app.frame.p95 - t.control.frame.p95, limit, 'ms', t && `app ${t.app.frame.p95}, control ${t.control.frame.p95}`)
    if (t && t.problems.length) add(`typing.${rate}.correct`, `表三 typing at ${rate.replace('x', '×')}: edits whose value or 勾稽 marks were wrong`, t.problems.length, 0, 'edits')
  }
  const d = r.documents
  add('docx.median', `model → .docx blob (${r.longestSeed}), median at 1×`, d?.docx.generate.median, 150, 'ms')
  add('preview.median', `preview: 预览 click → pages painted (${r.longestSeed}), median at 1×`, d?.preview.clickToPainted.median, 300, 'ms')
  add('load.js', 'initial JavaScript, gzip (kB = 1000 bytes)', r.bundle && r.bundle.gzip / 1000, 130, 'kB')
  for (const page of ['home', 'editor']) {
    const l = r.load
    add(`load.${page}`, `navigation → input usable, ${page === 'home' ? '#/ (first screen)' : '#/report/<id> (reopening a report)'}: app − control, medians`, l && l[page].usable.median - l.control.usable.median, 300, 'ms', l && `app ${l[page].usable.median}, control ${l.control.usable.median}`)
  }
  const s = r.ruleScale
  if (s) {
    const by = (n) => s.find((x) => x.reports === n)?.medianMs
    for (const n of [10000, 100000]) {
      const ms = by(n)
      add(`rules.${n}`, `rule engine: ${n.toLocaleString('en')} reports, per 10,000`, ms === undefined ? undefined : (ms * 10000) / n, 1000, 'ms', ms === undefined ? undefined : `${ms} ms for ${n.toLocaleString('en')}`)
    }
    const ratio = by(100000) !== undefined && by(10000) ? by(100000) / by(10000) : undefined
    out.push({ id: 'rules.linear', what: 'rule engine: time(100,000) / time(10,000) within 8–13 (linear)', value: ratio === undefined ? null : Math.round(ratio * 100) / 100, limit: '8–13', unit: '×', pass: ratio === undefined ? null : ratio >= 8 && ratio <= 13 })
  }
  add('versions.snapshot', `历史版本: one snapshot of ${r.longestSeed} (compaction + structured clone), p95 in node`, r.snapshot?.p95, 5, 'ms', r.snapshot && `median ${r.snapshot.median}, max ${r.snapshot.max}`)
  add('versions.storage', `历史版本: 50 versions of ${r.longestSeed}, serialized (MB = 10^6 bytes)`, r.snapshot && r.snapshot.bytes50 / 1e6, 2, 'MB', r.snapshot && `one version ${r.snapshot.versionBytes} bytes`)
  const rn = r.readNode
  // the issue's budgets (file → review shown) bound the reader alone as well; the review screen's share is measured with it
  add('read.docx', `.docx → ReadDocument in node (${r.longestSeed}, LibreOffice's .docx), median`, rn?.docx.median, 300, 'ms', rn && `app's own .docx ${rn.appDocx.median} ms; ${Math.round(rn.bytes.docx / 1000)} kB file`)
  add('read.html', `web page → ReadDocument in node (${r.longestSeed}), median`, rn?.html.median, 150, 'ms', rn && `${Math.round(rn.bytes.html / 1000)} kB page`)
  add('similarity.n9', `N-9 similarity: two ${r.similarity?.chars ?? '10,000'}-character texts, median in node`, r.similarity?.median, 20, 'ms')
  const p = r.pdf
  add('pdf.node', `PDF (${r.longestSeed}, as the app prints it) → ReadDocument in node, median (pdf.js load apart)`, p?.node.read.median, 1500, 'ms', p && `pdf.js load ${p.node.loadMs} ms, first read ${p.node.first} ms, ${p.node.pages} pages`)
  add('pdf.50pages', 'PDF of about 50 pages → ReadDocument in node, median', p?.long.read.median, 5000, 'ms', p && `${p.long.pages} pages, ${p.long.tables} tables`)
  add('pdf.browser', `PDF (${r.longestSeed}) in Chromium: pdf.js loaded + read, median`, p?.browser?.total.median, 1500, 'ms', p?.browser && `load ${p.browser.load.median} ms, read ${p.browser.read.median} ms`)
  const a = r.auditCli
  if (a) {
    add('audit.cli.10000', 'nianbao-audit: 10,000 data packages (-q: the summary line), median wall time', median(a.packages10000.ms), 3000, 'ms', `${a.packages10000.summary}${a.packages10000Out ? `; written out with --out result.json (problem lists and fingerprints): ${a.packages10000Out.ms} ms, peak RSS ${a.packages10000Out.rssMb} MB` : ''}`)
    add('audit.cli.docx1000', 'nianbao-audit: 1,000 generated .docx, median wall time', median(a.docx1000.ms), 30000, 'ms', a.docx1000.summary)
    const rss = (x) => Math.max(...x.rssMb)
    add('audit.cli.rss', 'nianbao-audit peak RSS, 10,000 ÷ 1,000 data packages (sub-linear in files: well under 10)', rss(a.packages10000) / rss(a.packages1000), 3, '×', `${rss(a.packages1000)} MB for 1,000, ${rss(a.packages10000)} MB for 10,000, ${rss(a.docx1000)} MB for 1,000 .docx`)
  }
  const b = r.auditBrowser
  if (b) {
    add('audit.browser.500', '审核 in Chromium: 500 .docx dropped at once → table complete', b.ms, 60000, 'ms', b.summary)
    if (b.typing) add('audit.browser.typing', '审核 in Chromium: typing in the search box while the 500 are read, key → painted p95: reading − idle (the editor\'s 1× budget)', b.typing.during.p95 - b.typing.idle.p95, 8, 'ms', `reading ${b.typing.during.p95} ms (n ${b.typing.during.n}), idle with the 500 rows ${b.typing.idle.p95} ms (n ${b.typing.idle.n})`)
    add('audit.browser.longtask', '审核 in Chromium: longest main-thread task of the page while the 500 are read (the files\' hand-over apart)', b.longestTaskMs, 100, 'ms', b.handoverMs !== undefined && `${b.longTasks} tasks over 50 ms; the hand-over of the 500 files: ${b.handoverMs} ms here, ${b.bareHandoverMs} ms in a bare file input`)
  }
  const im = r.import
  const importDetail = (x) => x && `first ${Math.round(x.first.toPaintMs)} ms; in the worker: read ${x.readInWorker.median}, import ${x.importInWorker.median}${x.pdfjsLoad ? `, pdf.js load ${x.pdfjsLoad.median} (included)` : ''}`
  add('import.docx', `import: .docx dropped on the list → review painted (${r.longestSeed}, LibreOffice's .docx), median at 1×`, im?.docx?.toPainted.median, 300, 'ms', importDetail(im?.docx))
  add('import.html', `import: web page dropped on the list → review painted (${r.longestSeed}), median at 1×`, im?.html?.toPainted.median, 150, 'ms', importDetail(im?.html))
  add('import.pdf', `import: PDF dropped on the list → review painted (${r.longestSeed}, the reading worker kept between files), median at 1×`, im?.pdf?.toPainted.median, 1500, 'ms', importDetail(im?.pdf))
  add('memory.growth', `JS heap growth over ${r.memory ? CONFIG.memoryCycles : 100} preview + download cycles (MB = 10^6 bytes)`, r.memory && r.memory.growth / 1e6, 10, 'MB')
  return out
}
