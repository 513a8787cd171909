// BENCHMARKS.md and the stdout table from bench/results.json.
//   node scripts/bench-report.mjs      regenerates BENCHMARKS.md from the last bench/results.json
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const verdict = (b) => (b.pass === null ? 'not measured' : b.pass ? 'PASS' : 'FAIL')
const num = (v, unit) => (v === null || v === undefined ? '—' : `${v}${unit ? ` ${unit}` : ''}`)
const limit = (b) => (typeof b.limit === 'number' ? `≤ ${b.limit} ${b.unit}` : `${b.limit}${b.unit}`)

/** The budgets as an aligned plain-text table, for stdout. */
export function renderTable(r) {
  const rows = r.budgets.map((b) => [verdict(b), b.what, num(b.value, b.unit), limit(b), b.detail ?? ''])
  const head = ['', 'figure', 'value', 'budget', 'detail']
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => [...row[i]].length)))
  const line = (cells) => cells.map((c, i) => c + ' '.repeat(width[i] - [...c].length)).join('  ').trimEnd()
  const m = r.machine
  return [
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; node ${m.node}; Chromium ${m.chromium}; load average ${m.loadAverageAtStart?.join(' ')} → ${m.loadAverageAtEnd?.join(' ')}`,
    line(head),
    ...rows.map(line),
  ].join('\n')
}

const f1 = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : (Math.round(v * 10) / 10).toString())
const mb = (bytes) => (bytes / 1e6).toFixed(2)
const kb = (bytes) => (bytes / 1000).toFixed(1)

function typingSection(r) {
  const t = r.typing
  if (!t) return []
  const rows = []
  for (const rate of ['1x', '4x']) {
    const x = t[rate]
    if (!x) continue
    for (const [label, key] of [['Event Timing duration (max per edit)', 'eventTiming'], ['key → painted (keydown → double rAF)', 'frame']]) {
      rows.push(`| ${rate.replace('x', '×')} | ${label} | ${f1(x.app[key].median)} | ${f1(x.app[key].p95)} | ${f1(x.control[key].median)} | ${f1(x.control[key].p95)} | ${f1(x.app[key].p95 - x.control[key].p95)} |`)
    }
    rows.push(`| ${rate.replace('x', '×')} | keydown queued before handlers run | ${f1(x.app.handlerDelay.median)} | ${f1(x.app.handlerDelay.p95)} | ${f1(x.control.handlerDelay.median)} | ${f1(x.control.handlerDelay.p95)} | |`)
  }
  const problems = ['1x', '4x'].flatMap((k) => t[k]?.problems ?? [])
  return [
    '### Typing in 表三',
    '',
    `${t.edits} counted edits per page and CPU rate (${t.warmupEdits} warm-up edits first, not counted) over ${t.cellsUsed} of 表三's 175 cells; in ms.`,
    '',
    'Each key waits a further 0–16.7 ms (seeded, the same on both pages), so keys meet the 60 Hz frame clock at every phase, as a person\'s do. ' +
      'A key that arrives too late in a frame interval for Chromium to start that frame is painted one frame later; at 1× that share decides the p95 ' +
      '(on both pages it is the two-frame ceiling, about 33 ms), and with keys at one fixed phase the p95 swung by ±5 ms between runs with where that phase fell. ' +
      'The means show the pages\' own work better: ' +
      ['1x', '4x'].filter((k) => t[k]?.raw).map((k) => `${k.replace('x', '×')} app ${mean(t[k].raw.app)} vs control ${mean(t[k].raw.control)}`).join('; ') + '.',
    '',
    '| CPU | measure | app median | app p95 | control median | control p95 | p95 app − control |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Edits with an Event Timing entry (≥ 16 ms): app ${t['1x']?.app.editsWithEventEntry ?? '—'}/${t.edits} at 1×, ${t['4x']?.app.editsWithEventEntry ?? '—'}/${t.edits} at 4×; control ${t['1x']?.control.editsWithEventEntry ?? '—'} and ${t['4x']?.control.editsWithEventEntry ?? '—'}. An edit without one counts as 0 ms in that measure.`,
    problems.length ? `\n**${problems.length} edits did not land as expected** (value or marks), e.g. ${problems.slice(0, 3).join('; ')}.` : 'Every edit was checked after its frame: the value typed is in the cell, a break marks the cell as an error and the problems panel counts an error, and undoing a block of edits leaves 表三 with the marks and the panel with the summary it started with.',
    '',
  ]
}

function loadSection(r) {
  const l = r.load
  const b = r.bundle
  const out = ['### First load', '']
  if (b) {
    out.push(
      `Initial JavaScript (the entry script, modulepreloads and their static imports): ${b.files.map((f) => `\`${f.file}\` ${kb(f.bytes)} kB, ${kb(f.gzip)} kB gzip`).join('; ')}.`,
      `Loaded on demand: ${b.lazy.map((f) => `\`${f.file}\` ${kb(f.gzip)} kB gzip`).join('; ') || 'none'}. CSS: ${b.css.map((f) => `\`${f.file}\` ${kb(f.gzip)} kB gzip`).join('; ')}.`,
      '',
    )
  }
  if (l) {
    out.push(
      `Cold loads from 127.0.0.1 (HTTP cache disabled), ${l.control.usable.n} per page, in ms from navigation start:`,
      '',
      '| page | first input | appeared | painted | usable (median) | usable (p95) | FCP | DOMContentLoaded | a key typed lands |',
      '|---|---|---:|---:|---:|---:|---:|---:|---|',
      ...['control', 'home', 'editor'].map((k) => {
        const x = l[k]
        const name = { control: 'control page', home: 'app `#/`', editor: 'app `#/report/<id>`' }[k]
        return `| ${name} | ${x.firstInput || '—'} | ${f1(x.appeared.median)} | ${f1(x.painted.median)} | ${f1(x.usable.median)} | ${f1(x.usable.p95)} | ${f1(x.fcp.median)} | ${f1(x.domContentLoaded.median)} | ${x.typesACharacter ? 'yes' : 'NO'} |`
      }),
      '',
    )
  }
  return out
}

function documentSection(r) {
  const d = r.documents
  if (!d) return []
  const out = [
    `### Document (${d.seed}, the fixture with the most text)`,
    '',
    '| measure | median | p95 | first (loads the chunk) |',
    '|---|---:|---:|---:|',
    `| model → .docx blob (\`nianbao:docx\`) | ${f1(d.docx.generate.median)} | ${f1(d.docx.generate.p95)} | ${f1(d.docx.first.generateMs)} |`,
    `| 下载 Word click → blob ready | ${f1(d.docx.clickToBlob.median)} | ${f1(d.docx.clickToBlob.p95)} | ${f1(d.docx.first.clickToBlobMs)} |`,
    `| 预览 click → pages in the DOM | ${f1(d.preview.clickToDom.median)} | ${f1(d.preview.clickToDom.p95)} | ${f1(d.preview.first.toDomMs)} |`,
    `| 预览 click → pages painted | ${f1(d.preview.clickToPainted.median)} | ${f1(d.preview.clickToPainted.p95)} | ${f1(d.preview.first.toPaintMs)} |`,
    `| of which pagination (\`nianbao:paginate\`) | ${f1(d.preview.paginate.median)} | ${f1(d.preview.paginate.p95)} | ${f1(d.preview.first.paginateMs)} |`,
    `| 关闭预览 click → form painted | ${f1(d.preview.close.median)} | ${f1(d.preview.close.p95)} | |`,
    '',
    `${d.docx.generate.n} repetitions each, 1× CPU, ${d.preview.pages} pages. `,
  ]
  if (r.docxNode) {
    out.push(`For comparison, the same report in node (the core bundled by Vite): evaluate + DocModel ${f1(r.docxNode.buildModel.median)} ms, docx \`Packer\` ${f1(r.docxNode.render.median)} ms (median), ${kb(r.docxNode.bytes)} kB file.`, '')
  }
  return out
}

function coreSection(r) {
  const s = r.ruleScale
  if (!s) return []
  return [
    '### Rule engine scale (node)',
    '',
    '| reports | runs (ms) | median | per report | problems per report |',
    '|---:|---|---:|---:|---:|',
    ...s.map((x) => `| ${x.reports.toLocaleString('en')} | ${x.ms.join(', ')} | ${x.medianMs} ms | ${x.usPerReport} µs | ${x.problemsPerReport} |`),
    '',
    'Reports are generated from a fixed seed (random figures, ~2 % blank and ~1 % odd input, 30 % of tables with typed totals) in batches of 5,000 outside the timed region; only `evaluate(format2021, content)` is timed. Random figures break most 勾稽 rules, so each report carries many problems with messages: heavier than a real report.',
    '',
  ]
}

function memorySection(r) {
  const m = r.memory
  if (!m) return []
  return [
    '### Memory',
    '',
    `JS heap after forced garbage collection (DevTools \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`): ${m.samples.map((x) => `${x.cycle} cycles ${mb(x.usedSize)} MB`).join(' → ')}; growth ${mb(m.growth)} MB. One cycle (open preview, close, 下载 Word) took ${Math.round(m.cycleMs)} ms on average.`,
    '',
  ]
}

function diagnosisSection(r) {
  const d = r.diagnosis
  if (!d) return []
  const out = ['## Where the time goes', '']
  if (d.browser?.error) out.push(`The browser profile failed: ${d.browser.error}.`, '')
  if (d.core?.error) out.push(`The rule-engine profile failed: ${d.core.error}.`, '')
  if (d.browser && !d.browser.error) {
    const ops = d.browser.operations
    if (d.browser.sameAsMeasured === false) out.push('**The profiled copy is built from the working tree, which differs from the measured `dist/`.**', '')
    out.push(
      `Page size while typing: app ${d.browser.elements?.app ?? '?'} elements and ${d.browser.layers?.app ?? '?'} composited layers; control ${d.browser.elements?.control ?? '?'} elements and ${d.browser.layers?.control ?? '?'} layers.`,
      '',
      ...(d.browser.mutations
        ? [
            `DOM changes per keystroke in the app (mean over ${d.browser.mutations.keystrokes}; the control page changes only the input's value): ${d.browser.mutations.elementsWithAttributeChanges ?? '?'} elements get attribute writes (${Object.entries(d.browser.mutations.attributes)
              .map(([k, v]) => `${v} × \`${k}\``)
              .join(', ') || 'none'}); ${d.browser.mutations.nodesAddedOrRemoved} nodes added or removed; ${d.browser.mutations.textChanges} text changes.`,
            '',
          ]
        : []),
      `Profiled on a copy of the app built with hidden source maps (same code and config, plus .map files), with a Chromium trace (\`devtools.timeline\`) and the sampling profiler (${d.browser.samplingUs} µs). Figures are ms per operation: main-thread self time by trace event inside each operation's window (keydown → painted for a keystroke). At 4× the throttler's pauses land in whatever runs, mostly "Task overhead". JavaScript by source comes from the sampling profile (its "(program)", the browser's native work, is left out: the trace rows cover it).`,
      '',
    )
    for (const rate of [1, 4]) {
      const app = ops.find((o) => o.kind === 'typing' && o.page === 'app' && o.rate === rate)
      const control = ops.find((o) => o.kind === 'typing' && o.page === 'control' && o.rate === rate)
      if (!app || !control) continue
      const names = [...new Set([...app.categories, ...control.categories].map((c) => c.name))]
      const ms = (op, n) => op.categories.find((c) => c.name === n)?.ms ?? 0
      names.sort((a, b) => ms(app, b) - ms(control, b) - (ms(app, a) - ms(control, a)))
      out.push(
        `**A keystroke in 表三 at ${rate}× CPU** (${app.count} keystrokes each; window median: app ${f1(app.windowMs)} ms, control ${f1(control.windowMs)} ms):`,
        '',
        '| main thread | app | control | app − control |',
        '|---|---:|---:|---:|',
        ...names.map((n) => `| ${n} | ${f1(ms(app, n))} | ${f1(ms(control, n))} | ${f1(ms(app, n) - ms(control, n))} |`),
        `| **all** | **${f1(app.mainThreadMs)}** | **${f1(control.mainThreadMs)}** | **${f1(app.mainThreadMs - control.mainThreadMs)}** |`,
        '',
        '| app JavaScript by source (self time) | ms | top functions (ms) |',
        '|---|---:|---|',
        ...app.js.filter((j) => j.source !== '(program)').map((j) => `| ${j.source} | ${f1(j.ms)} | ${j.top.join('; ')} |`),
        '',
      )
    }
    for (const op of ops.filter((o) => o.kind !== 'typing')) {
      out.push(
        `**${op.name}** (${op.count}×, window median ${f1(op.windowMs)} ms):`,
        '',
        '| main thread | ms |',
        '|---|---:|',
        ...op.categories.map((c) => `| ${c.name} | ${f1(c.ms)} |`),
        '',
        '| JavaScript by source (self time) | ms | top functions (ms) |',
        '|---|---:|---|',
        ...op.js.filter((j) => j.source !== '(program)').map((j) => `| ${j.source} | ${f1(j.ms)} | ${j.top.join('; ')} |`),
        '',
      )
    }
  }
  if (d.core && !d.core.error) {
    out.push(`**Rule engine in node** (${d.core.reports} reports, ${f1(d.core.usPerReport)} µs each, self time):`, '', '| function | source | share |', '|---|---|---:|', ...d.core.top.map((t) => `| ${t.fn} | ${t.source} | ${t.pct} % |`), '')
  }
  return out
}

function pdfSection(r) {
  const p = r.pdf
  if (!p) return []
  const row = (what, x) => `| ${what} | ${f1(x.median)} | ${f1(x.p95)} | ${f1(x.min)} | ${f1(x.max)} | ${x.n} |`
  return [
    '### Reading a PDF',
    '',
    `${r.longestSeed} as the app prints it (.docx → LibreOffice → PDF, ${p.node.pages} pages, ${kb(p.node.bytes)} kB, ${p.node.tables} tables read); in ms.`,
    `In node pdf.js (legacy build) loads once in ${p.node.loadMs} ms and the first read takes ${p.node.first} ms (fonts and CMaps warm up); the median is of the reads after it.`,
    '',
    '| measure | median | p95 | min | max | n |',
    '|---|---:|---:|---:|---:|---:|',
    row('node: PDF → ReadDocument', p.node.read),
    row(`node: ${p.long.pages}-page PDF → ReadDocument`, p.long.read),
    ...(p.browser ? [row('Chromium: pdf.js loaded + read', p.browser.total), row('Chromium: loadPdfjs() (lazy chunk)', p.browser.load), row('Chromium: readPdf (pdf.js worker start included)', p.browser.read)] : []),
    '',
  ]
}

/** BENCHMARKS.md: machine, method, every figure with its budget and verdict. */
/** The measured audit rates, scaled to 100,000 reports. */
function auditRate(r) {
  const a = r.auditCli
  if (!a) return ''
  const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const pk = med(a.packages10000.ms) / 1000
  const dx = med(a.docx1000.ms) / 1000
  return `At the rates measured here (${pk.toFixed(1)} s per 10,000 data packages, ${dx.toFixed(1)} s per 1,000 .docx, on ${r.machine?.cores ?? 2} cores), 100,000 data packages take about ${Math.round((pk * 10) / 6) / 10} minutes and 100,000 .docx about ${Math.round((dx * 100) / 60)} minutes.`
}

export function renderMarkdown(r) {
  const m = r.machine
  const met = r.budgets.filter((b) => b.pass === true).length
  const missed = r.budgets.filter((b) => b.pass === false).length
  return [
    '# Benchmarks',
    '',
    '`npm run bench` (after `npx vite build`) measures the built app in Debian\'s Chromium and the core in node, prints these figures,',
    'writes `bench/results.json` and regenerates this page from it (`node scripts/bench-report.mjs` does only the last step). It exits',
    'non-zero when a budget is missed. It is not part of `npm test`: timings are noisy.',
    '',
    `Last run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(r.durationSec / 60)} min. **${met} budgets met, ${missed} missed.**`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM; ${m.os}; node ${m.node}; Chromium ${m.chromium} (Debian, headless, \`--disable-gpu\`); Playwright ${m.playwright}.`,
    `Build measured: \`dist/\` of ${r.dist.builtAt.slice(0, 16).replace('T', ' ')} UTC, commit ${r.dist.commit ?? '?'}${r.dist.uncommittedChanges ? ` with ${r.dist.uncommittedChanges} uncommitted changes in src/ and templates/` : ''}${r.dist.sameAsWorkingTree === false ? ' (**not** the working tree\'s code: the node figures are)' : ''}.`,
    `Load average ${m.loadAverageAtStart.join(' / ')} at the start and ${m.loadAverageAtEnd.join(' / ')} at the end${m.loadAverageAtStart[0] > 1 ? ': other work was running, so absolute figures are inflated; app − control differences are measured side by side and suffer less' : ''}.`,
    '',
    '## Budgets',
    '',
    '| | figure | value | budget | detail |',
    '|---|---|---:|---|---|',
    ...r.budgets.map((b) => `| ${verdict(b)} | ${b.what} | ${num(b.value, b.unit)} | ${limit(b)} | ${b.detail ?? ''} |`),
    '',
    '## Figures',
    '',
    ...typingSection(r),
    ...documentSection(r),
    ...loadSection(r),
    ...coreSection(r),
    ...memorySection(r),
    ...pdfSection(r),
    ...diagnosisSection(r),
    '## Method',
    '',
    '- **Control page.** `bench/control.html` is 表三\'s merged-cell grid (generated from the template\'s layout by `node scripts/bench.mjs --write-control`) with 175 plain `<input>`s, no framework and no script. It gets the same probe (`bench/probe.js`, injected with `page.addInitScript` into both pages, since the app\'s CSP allows no inline script) and the same values as the app\'s 表三. Budgets on typing and load are differences to it, measured in the same run: the machine\'s floor cancels out.',
    '- **Typing.** The app opens the fixture report imported through 「导入数据包」. Edits are real key presses through the DevTools protocol (`page.keyboard`): in pairs of cells A, B: a 「1」 typed before A\'s figure (its row and column no longer add up: a 勾稽 error), the same for B, Backspace on A, Backspace on B (errors cleared). Focusing the cell and placing the caret happen before the measured key press and are not timed. App and control alternate in rounds (ABBA) in the same browser; on both the mouse pointer rests in the top-left corner, away from the form (nothing under it changes as the page scrolls). Per edit: the longest Event Timing entry (`keydown`/`keypress`/`beforeinput`/`input`/`keyup`, `durationThreshold: 16`, the smallest the API allows; 8 ms granularity) and, finer, from the keydown\'s `timeStamp` to the second `requestAnimationFrame` after a capture-phase keydown listener (the frame with the update has been painted). After each frame the bench checks that the value landed, that a break marked the cell and reached the problems panel, and that each block\'s undo restored the marks and the panel. 4× is DevTools `Emulation.setCPUThrottlingRate`.',
    '- **Document.** In the app, for the fixture with the most text: `nianbao:docx` is a `performance.measure` in `download-button.tsx` from the start of generation to the Blob (DocModel, the lazy docx chunk, `Packer`); the preview is timed from the 预览 click\'s `timeStamp` until the pages are in the DOM with the status 「共N页」 and painted (double rAF); `nianbao:paginate` (in `use-pagination.ts`) is the pagination inside it.',
    '- **First load.** Initial JS: `dist/index.html`\'s module script and modulepreloads and their static imports, gzip at zlib\'s default level. Usable: cold navigation (cache disabled) → the first text input is in the DOM, the frame with it painted, and the main thread has run a new task after that (a key pressed then is handled at once); afterwards a real key press into that input is checked to land. `#/` is the first screen; `#/report/<id>` is reopening a report (IndexedDB read, 175-cell form).',
    '- **PDF.** In node: `readPdf` with `src/node/pdfjs-node.ts`. In Chromium: the test page `test/e2e/pdf-reader/` built with the app\'s Vite config into the measured copy under `/pdf-reader/`, opened in a fresh browser context each time (pdf.js not cached), the PDF chosen in its file input: `loadPdfjs()` then `readPdf` in the page, timed with `performance.now()`. The 50-page PDF repeats the seed\'s headings, paragraphs and tables.',
    '- **Rule engine.** See the table; linear growth is time(100,000) / time(10,000) between 8 and 13: 10 ± 25 % leaves room for garbage-collection pauses and a shared 2-core machine, while a quadratic term big enough to matter would show as 20× or more per decade.',
    "- **Audit.** `nianbao-audit` (dist-cli/nianbao-audit.mjs) is run by the bench on folders of copies of the daxing seed (each with its own agency name, 100 files a folder; the package carries last year's report, so the cross-year and N-9 checks run; a batch audit bypasses the editor's per-text memos, so copies with the same texts cost what different reports do): 1,000 and 10,000 data packages and 1,000 of the app's .docx, with `-q` (the summary line only; without `--out` no problem lists or fingerprints are computed), and the 10,000 once more with `--out result.json` (every row with its problems and fingerprint); wall time from spawn to exit, peak RSS from GNU time (`%M`). The browser figure drops the 500 first .docx on `#/audit` through the file input and waits (polled once a second) for 「已完成 500 / 500」 and the summary 「共500份」. The longest task is the largest `longtask` entry meanwhile, except the task that hands the files over (the one holding the input's `change` event: Chromium creating 500 File objects, measured beside the same hand-over to a bare file input). Typing: 40 keys ('a', Backspace: the table empties and fills) in 按机关名称搜索 while the batch runs (rows are held and the workers wait between files while keys come, as for any user; the complete-table time includes those pauses), and 40 more with the 500 rows in and nothing running; key → painted as for 表三.",
    `- **A national run (about 100,000 reports).** One command on one machine: the main thread walks the folders depth first (one folder's names at a time) and hands files in batches of 64 to worker threads (one per core, at most 4; \`--threads=N\`; the entry starts them before loading the rest), which read and check them and send back only the result rows (their problem lists and fingerprints only when \`--out\` writes them; no file bytes, no report content), so memory grows with the rows, not the files (peak RSS above). After the pass, two consecutive years of one agency are paired and only those files are read again (跨年度). ${auditRate(r)} No second machine is needed; to use more cores than one machine has, split by province folder (\`npx nianbao-audit 省/ --out 省.json\`, one process per machine) and keep each agency's years in the same part, since duplicates and 跨年度 are found within a run.`,
    '- **Memory.** After one warm-up cycle, forced GC, heap used; then the cycles; 11 s wait (object URLs are revoked after 10 s); forced GC, heap used.',
    '- **Statistics.** Medians and p95 interpolate between order statistics (numpy\'s default). Several repetitions everywhere; the noise on a shared machine is large, so rerun on an idle machine before drawing conclusions from a single figure.',
    '',
  ].join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const results = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8'))
  writeFileSync(join(root, 'BENCHMARKS.md'), renderMarkdown(results))
  console.log(renderTable(results))
}

/** mean key → painted of compacted raw edits ([path, op, eventMs, frameMs, startMs]) */
function mean(raw) {
  return (raw.reduce((n, e) => n + e[3], 0) / raw.length).toFixed(1)
}
