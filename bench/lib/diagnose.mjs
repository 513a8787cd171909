// Where the time goes, when a budget is missed (or with --diagnose): a Chromium trace and the sampling
// profiler over the same operations, on a copy of the app built by scripts/bench.mjs with hidden source
// maps (same code and config, plus .map files) so that JavaScript time can be attributed to packages and
// source folders.
import { readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { LAUNCH, cdp, newContext, openControl, openImported } from './app.mjs'
import { docxOnce, previewOnce } from './documents.mjs'
import { serve } from './server.mjs'
import { median, sleep } from './stats.mjs'
import { editScript, runEdits } from './typing.mjs'

// ---------------------------------------------------------------- source maps (VLQ mappings)
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]))

function decodeMappings(mappings) {
  const lines = []
  let src = 0
  let oLine = 0
  let oCol = 0
  let name = 0
  for (const line of mappings.split(';')) {
    const segs = []
    let col = 0
    for (const seg of line.split(',')) {
      if (!seg) continue
      const v = []
      let value = 0
      let shift = 0
      for (const ch of seg) {
        const d = B64[ch]
        value += (d & 31) << shift
        if (d & 32) shift += 5
        else {
          v.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      col += v[0]
      const s = [col]
      if (v.length >= 4) {
        src += v[1]
        oLine += v[2]
        oCol += v[3]
        s.push(src, oLine, oCol)
        if (v.length >= 5) {
          name += v[4]
          s.push(name)
        }
      }
      segs.push(s)
    }
    lines.push(segs)
  }
  return lines
}

function loadMap(file) {
  const map = JSON.parse(readFileSync(file, 'utf8'))
  return { sources: map.sources, names: map.names ?? [], lines: decodeMappings(map.mappings) }
}

/** The original source, line and name at a generated (0-based) position. */
function lookup(map, line, col) {
  const segs = map.lines[line]
  if (!segs || segs.length === 0) return null
  let lo = 0
  let hi = segs.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (segs[mid][0] <= col) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  const s = segs[Math.max(best, 0)]
  if (s.length < 4) return null
  return { source: map.sources[s[1]], line: s[2] + 1, name: s.length >= 5 ? map.names[s[4]] : undefined }
}

/** A package or a source folder: react-dom, react-hook-form, src/core/rules, src/features/editor … */
function bucketOf(source) {
  if (!source) return 'other'
  const nm = source.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const m = /(?:^|\/)((?:src|templates)\/.*)$/.exec(source)
  if (!m) return source
  const parts = m[1].split('/')
  return parts[0] === 'templates' ? 'templates' : parts.slice(0, Math.min(3, parts.length - 1)).join('/')
}

// ---------------------------------------------------------------- trace: main-thread self time
const LABELS = {
  UpdateLayoutTree: 'Recalculate style',
  Layout: 'Layout',
  PrePaint: 'Pre-paint',
  Paint: 'Paint',
  Layerize: 'Layerize',
  Commit: 'Commit (to compositor)',
  HitTest: 'Hit test',
  MinorGC: 'GC (minor)',
  MajorGC: 'GC (major)',
  ParseHTML: 'Parse HTML',
  FunctionCall: 'JavaScript',
  EventDispatch: 'JavaScript',
  TimerFire: 'JavaScript',
  FireAnimationFrame: 'JavaScript',
  RunMicrotasks: 'JavaScript',
  'V8.Execute': 'JavaScript',
  'v8.callFunction': 'JavaScript',
  'v8.run': 'JavaScript',
  'v8.compile': 'JavaScript (compile)',
  'V8.CompileCode': 'JavaScript (compile)',
  RunTask: 'Task overhead',
  ThreadControllerImpl__RunTask: 'Task overhead',
}
const label = (name) => LABELS[name] ?? (name.startsWith('V8.GC') || name.startsWith('BlinkGC') ? 'GC' : name)

function mainThreadSelfTimes(traceEvents, pid, tid, windows) {
  // complete events on the thread, B/E pairs turned into complete events
  const evs = []
  const open = []
  for (const e of traceEvents) {
    if (e.pid !== pid || e.tid !== tid) continue
    if (e.ph === 'X' && typeof e.dur === 'number') evs.push({ name: e.name, ts: e.ts, end: e.ts + e.dur })
    else if (e.ph === 'B') open.push(e)
    else if (e.ph === 'E') {
      const b = open.pop()
      if (b) evs.push({ name: b.name, ts: b.ts, end: e.ts })
    }
  }
  evs.sort((a, b) => a.ts - b.ts || b.end - a.end)
  const stack = []
  for (const e of evs) {
    e.self = e.end - e.ts
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.self -= Math.min(e.end, parent.end) - e.ts
    stack.push(e)
  }
  const totals = new Map()
  for (const [from, to] of windows) {
    for (const e of evs) {
      if (e.ts < from || e.ts >= to || e.self <= 0) continue
      const k = label(e.name)
      totals.set(k, (totals.get(k) ?? 0) + e.self / 1000)
    }
  }
  return totals
}

// ---------------------------------------------------------------- sampling profile: JS by source
function jsBySource(profile, windows, maps) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const owner = new Map()
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id)
    let cur = id
    while (cur !== undefined && !byId.get(cur).callFrame.url) cur = parent.get(cur)
    const o = cur === undefined ? id : cur
    owner.set(id, o)
    return o
  }
  const where = new Map()
  const describe = (id) => {
    if (where.has(id)) return where.get(id)
    const n = byId.get(id)
    const f = n.callFrame
    let d
    if (!f.url) d = { bucket: f.functionName || '(native)', fn: f.functionName || '(native)' }
    else {
      const file = f.url.replace(/^https?:\/\/[^/]+\//, '')
      const map = maps(file)
      const o = map && lookup(map, f.lineNumber, f.columnNumber)
      d = o
        ? { bucket: bucketOf(o.source), fn: `${o.name ?? f.functionName ?? '?'} (${o.source.replace(/^.*?(node_modules\/|src\/|templates\/)/, '$1')}:${o.line})` }
        : { bucket: file, fn: f.functionName || '(anonymous)' }
    }
    where.set(id, d)
    return d
  }
  const buckets = new Map()
  let t = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    if (!windows.some(([from, to]) => t >= from && t < to)) continue
    const id = profile.samples[i]
    const name = byId.get(id).callFrame.functionName
    if (name === '(idle)' || name === '(root)') continue
    const d = name === '(program)' || name === '(garbage collector)' ? { bucket: name, fn: name } : describe(ownerOf(id))
    const b = buckets.get(d.bucket) ?? { ms: 0, fns: new Map() }
    b.ms += dt
    b.fns.set(d.fn, (b.fns.get(d.fn) ?? 0) + dt)
    buckets.set(d.bucket, b)
  }
  return buckets
}

// ---------------------------------------------------------------- the browser run
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'v8']

async function profiled(browser, page, session, operation) {
  await browser.startTracing(page, { categories: CATEGORIES })
  await session.send('Profiler.start')
  // the same instant on both clocks: a user-timing mark is in the trace and in the page's timeline
  const syncAt = await page.evaluate(() => {
    performance.mark('bench:sync')
    return performance.getEntriesByName('bench:sync').at(-1).startTime
  })
  const windows = await operation()
  await sleep(200)
  const { profile } = await session.send('Profiler.stop')
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
  const events = trace.traceEvents ?? trace
  const sync = events.find((e) => e.name === 'bench:sync')
  if (!sync) throw new Error('no sync mark in the trace')
  const toTrace = ([from, to]) => [sync.ts + (from - syncAt) * 1000, sync.ts + (to - syncAt) * 1000]
  return { events, profile, pid: sync.pid, tid: sync.tid, windows: windows.map(toTrace), lengths: windows.map(([a, b]) => b - a) }
}

function summarise(name, run, maps, samplingUs, meta = {}) {
  const n = run.windows.length
  const self = mainThreadSelfTimes(run.events, run.pid, run.tid, run.windows)
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const categories = [...self]
    .map(([k, v]) => ({ name: k, ms: v / n }))
    .sort((a, b) => b.ms - a.ms)
  const top = categories.filter((c) => c.ms >= Math.max(0.05, (0.02 * total) / n))
  const rest = categories.filter((c) => !top.includes(c)).reduce((a, c) => a + c.ms, 0)
  if (rest > 0) top.push({ name: 'other', ms: rest })
  const js = [...jsBySource(run.profile, run.windows, maps)]
    .map(([source, b]) => ({
      source,
      ms: b.ms / n,
      top: [...b.fns]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([fn, ms]) => `${fn} ${(ms / n).toFixed(1)}`),
    }))
    .filter((j) => j.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12)
  return { name, ...meta, count: n, windowMs: median(run.lengths), mainThreadMs: total / n, categories: top, js, samplingUs }
}

/** Composited layers of a page (DevTools LayerTree), sampled once and switched off again. */
async function layerCount(page, session) {
  let layers = null
  const on = (e) => {
    if (e.layers) layers = e.layers.length
  }
  session.on('LayerTree.layerTreeDidChange', on)
  await session.send('LayerTree.enable')
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await sleep(300)
  await session.send('LayerTree.disable')
  session.off('LayerTree.layerTreeDidChange', on)
  return layers
}

/** Traces and profiles typing, preview and .docx in a source-mapped build of the app. */
export async function diagnoseBrowser({ dir: outDir, sameAsMeasured, bench, pkg, probe, log }) {
  const mapCache = new Map()
  const maps = (file) => {
    if (!mapCache.has(file)) {
      try {
        mapCache.set(file, loadMap(join(outDir, `${file}.map`)))
      } catch {
        mapCache.set(file, null)
      }
    }
    return mapCache.get(file)
  }
  const samplingUs = 100
  const server = await serve({ dist: outDir, benchDir: bench })
  const browser = await chromium.launch(LAUNCH)
  try {
    const ctx = await newContext(browser, probe)
    const { page } = await openImported(ctx, server.url, pkg)
    const session = await cdp(page)
    await session.send('Profiler.enable')
    await session.send('Profiler.setSamplingInterval', { interval: samplingUs })
    const operations = []
    const script = editScript(pkg.t3, { warmupBlocks: 2, blocks: 12, rounds: 1, seed: 11 })
    // the same keystrokes on the control page: its breakdown is the floor the app is compared with
    const control = (await openControl(await newContext(browser, probe), server.url, pkg)).page
    const controlSession = await cdp(control)
    await controlSession.send('Profiler.enable')
    await controlSession.send('Profiler.setSamplingInterval', { interval: samplingUs })
    let mutations = null
    const layers = { app: await layerCount(page, session), control: await layerCount(control, controlSession) }
    const elements = {
      app: await page.evaluate(() => document.querySelectorAll('*').length),
      control: await control.evaluate(() => document.querySelectorAll('*').length),
    }
    for (const rate of [1, 4]) {
      for (const [which, p, s] of [['app', page, session], ['control', control, controlSession]]) {
        await s.send('Emulation.setCPUThrottlingRate', { rate })
        await runEdits(p, script.warmup, { isApp: which === 'app', settleMs: 20 * rate })
        log(`  tracing ${script.rounds[0].length} keystrokes at ${rate}× on the ${which === 'app' ? 'app' : 'control page'}…`)
        const typing = await profiled(browser, p, s, async () => (await runEdits(p, script.rounds[0], { isApp: which === 'app', settleMs: 20 * rate })).edits.map((e) => [e.start, e.end]))
        operations.push(summarise(`表三 keystroke, ${which === 'app' ? 'app' : 'control page'}, ${rate}× CPU (keydown → painted)`, typing, maps, samplingUs, { kind: 'typing', page: which, rate }))
        if (which === 'app' && rate === 1) {
          // what the same keystrokes change in the DOM (counted apart: the observer costs time too)
          await p.evaluate(() => window.__bench.countMutations(true))
          await runEdits(p, script.rounds[0], { isApp: true, settleMs: 20 })
          const m = await p.evaluate(() => window.__bench.countMutations(false))
          const n = script.rounds[0].length
          mutations = {
            keystrokes: n,
            attributes: Object.fromEntries(Object.entries(m.attributes).map(([k, v]) => [k, Math.round((10 * v) / n) / 10]).sort((a, b) => b[1] - a[1])),
            elementsWithAttributeChanges: Math.round((10 * m.elements) / n) / 10,
            nodesAddedOrRemoved: Math.round((10 * m.childList) / n) / 10,
            textChanges: Math.round((10 * m.characterData) / n) / 10,
          }
        }
        await s.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      }
    }
    await control.close()
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await previewOnce(page)
    await docxOnce(page)
    log('  tracing 预览 and 下载 Word…')
    const preview = await profiled(browser, page, session, async () => {
      const w = []
      for (let i = 0; i < 3; i++) w.push((await previewOnce(page)).window)
      return w
    })
    operations.push(summarise('预览 (click → pages painted)', preview, maps, samplingUs, { kind: 'preview' }))
    const docx = await profiled(browser, page, session, async () => {
      const w = []
      for (let i = 0; i < 3; i++) w.push((await docxOnce(page)).window)
      return w
    })
    operations.push(summarise('下载 Word (click → blob)', docx, maps, samplingUs, { kind: 'docx' }))
    await ctx.close()
    return { samplingUs, sameAsMeasured, operations, layers, elements, mutations }
  } finally {
    await browser.close()
    await server.close()
  }
}

// ---------------------------------------------------------------- the rule engine in node

/** Self time of evaluate() over generated reports, by function and source file of the core bundle. */
export async function diagnoseCore(core, bundlePath) {
  const reports = core.generateReports(3000)
  core.evaluateAll(reports.slice(0, 500)) // warm
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  const t0 = performance.now()
  core.evaluateAll(reports)
  const ms = performance.now() - t0
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  // the bundle is not minified and marks each module with a `// src/…` comment
  const lines = readFileSync(bundlePath, 'utf8').split('\n')
  const marks = []
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:src|templates|test)\/\S+)$/.exec(l)
    if (m) marks.push([i, m[1]])
  })
  const sourceAt = (line) => {
    let s = ''
    for (const [i, src] of marks) {
      if (i > line) break
      s = src
    }
    return s
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  let total = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame
    if (f.functionName === '(idle)' || f.functionName === '(root)') continue
    const dt = profile.timeDeltas[i + 1] ?? 0
    const key = f.url.endsWith('core-bench.mjs') ? `${f.functionName || '(anonymous)'}\t${sourceAt(f.lineNumber)}` : `${f.functionName || '(native)'}\t${f.url ? f.url.split('/').pop() : 'V8 built-in / regexp'}`
    self.set(key, (self.get(key) ?? 0) + dt)
    total += dt
  }
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, v]) => {
      const [fn, source] = k.split('\t')
      return { fn, source, pct: Math.round((1000 * v) / total) / 10 }
    })
  return { reports: reports.length, usPerReport: (1000 * ms) / reports.length, top }
}
