/**
 * The node side of `npm run bench`: bundled by scripts/bench.mjs with Vite's build() API (ssr) into
 * bench/.build/core-bench.mjs, then imported by it. Everything here runs src/core and the templates as
 * the app ships them; nothing here is part of the app.
 *
 * The bundle must sit two folders below the repository (bench/.build/), like test/fixtures/seeds.ts,
 * because loadSeed() finds ../shared/fixtures/seeds relative to its own module URL.
 */
import { performance } from 'node:perf_hooks'
import { seededRandom as rng } from './lib/seeded-random.mjs'
import { buildDocModel } from '../src/core/document/build-doc-model'
import { layoutTable } from '../src/core/layout/layout-table'
import { serializePackage } from '../src/core/package/data-package'
import type { Draft } from '../src/core/package/draft'
import { evaluate } from '../src/core/rules/evaluate'
import { compileTemplate } from '../src/core/template-compile/compile'
import type { ReportTemplate, TableDef } from '../src/core/template/types'
import { newContent } from '../src/core/values/new-content'
import type { CellTexts, ReportContent } from '../src/core/values/types'
import { renderDocxBuffer } from '../src/features/export/render-docx'
import { format2021 } from '../templates/format-2021'
import { loadSeed, readSeedText, SEED_NAMES, type SeedName } from '../test/fixtures/seeds'
import { basisFrom } from '../src/core/year-over-year/basis'
import { indexGrams, similarPassages } from '../src/core/year-over-year/similarity'
import { readDocx } from '../src/core/read/docx/read-docx'
import { readHtml } from '../src/core/read/html/read-html'
import { seedSources } from '../test/support/seed-sources'

export { SEED_NAMES }
export { snapshotBench } from './version-bench'

// ---------------------------------------------------------------- seeds and data packages

/** Characters of text a report carries (title, opening, part 一 sub-sections, parts 五 and 六). */
function textLength(c: ReportContent): number {
  return [c.agency, c.opening, ...c.overview.flatMap((s) => [s.title, s.body]), c.problems, c.other].join('').length
}

export interface SeedSummary {
  readonly name: SeedName
  readonly textChars: number
  readonly filledCells: number
  readonly errors: number
  readonly warnings: number
}

export function seedSummaries(): SeedSummary[] {
  return SEED_NAMES.map((name) => {
    const { content } = loadSeed(name)
    const e = evaluate(format2021, content)
    const filledCells = Object.values(content.cells)
      .flatMap((rows) => Object.values(rows).flatMap((cols) => Object.values(cols)))
      .filter((t) => t.trim() !== '').length
    return { name, textChars: textLength(content), filledCells, errors: e.errorCount, warnings: e.warningCount }
  })
}

/** The seed with the most text: the document benchmarks use it. */
export function longestSeed(): SeedName {
  const all = seedSummaries()
  return all.reduce((a, b) => (b.textChars > a.textChars ? b : a)).name
}

/**
 * The seed with last year's report attached, so every keystroke also runs the cross-year rules and the
 * N-9 comparison: last year is the same report a year earlier (its texts the same, the worst case for
 * N-9), its 结转下年度 this year's 上年结转 (X-1 holds until a key breaks it).
 */
function withLastYear(content: ReportContent): ReportContent {
  const t3 = content.cells.t3 ?? {}
  const last: ReportContent = { ...content, year: content.year - 1, cells: { ...content.cells, t3: { ...t3, carried_forward: { ...t3.carried_over } } } }
  return { ...content, basis: basisFrom(format2021, last, '上年（基准测试）') }
}

/** N-9 on two 10,000-character texts (this year's: the seeds' texts; last year's: the same, every 7th sentence's start changed). */
export function similarityTiming(reps: number): { ms: number[]; ratio: number; chars: number } {
  const all = SEED_NAMES.map((n) => readSeedText(n)).join('\n')
  const now = all.repeat(Math.ceil(10_000 / all.length)).slice(0, 10_000)
  const last = now
    .split('。')
    .map((s, i) => (i % 7 === 3 ? `上年${s.slice(2)}` : s))
    .join('。')
    .slice(0, 10_000)
  const ms: number[] = []
  let ratio = 0
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now()
    ratio = similarPassages(now, indexGrams(last)).ratio
    ms.push(performance.now() - t0)
  }
  return { ms, ratio, chars: now.length }
}

/** A data package of a seed, as 「导入数据包」 reads it; `cells` lists the 表三 inputs with their values. */
export function seedPackage(name: SeedName): { json: string; name: string; t3: { path: string; value: string; severity: string }[] } {
  const content = withLastYear(loadSeed(name).content)
  const now = new Date('2025-01-15T08:00:00Z')
  const draft: Draft = {
    id: `bench-${name}`,
    formatId: format2021.id,
    formatVersion: format2021.version,
    name: `基准测试 ${name}`,
    content,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revision: 0,
  }
  const evaluation = evaluate(format2021, content)
  const marked = new Map<string, string>()
  for (const p of evaluation.problems) {
    if (p.ruleId === 'S-4') continue
    for (const c of p.cells) if (marked.get(c) !== 'error') marked.set(c, p.severity)
  }
  const t3 = layoutTable(t3Table(format2021)).inputGrid.flat().map((path) => {
    const [tableId, row, col] = path.split('.') as [string, string, string]
    return { path, value: content.cells[tableId]?.[row]?.[col] ?? '', severity: marked.get(path) ?? '' }
  })
  return { json: serializePackage(draft, now), name: draft.name, t3 }
}

function t3Table(template: ReportTemplate): TableDef {
  for (const p of template.parts) if (p.kind === 'table' && p.table.id === 't3') return p.table
  throw new Error('no 表三 in the template')
}

// ---------------------------------------------------------------- the control page

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * bench/control.html: 表三's merged-cell grid with plain <input>s, no framework and no script (the probe
 * is injected into it exactly as into the app). Same number of inputs, same labels, same data-path.
 */
export function controlHtml(): string {
  const table = t3Table(format2021)
  const layout = layoutTable(table)
  const compiled = compileTemplate(format2021)
  const rows = layout.rows.map((r) => {
    const cells = r.cells.map((c) => {
      if (c.kind === 'text') {
        const span = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`
        return `<th${span}>${esc(c.text)}</th>`
      }
      const label = compiled.cells.get(c.path)?.fullName ?? c.path
      return `<td><input data-path="${c.path}" aria-label="${esc(label)}" autocomplete="off" spellcheck="false"></td>`
    })
    return `      <tr>${cells.join('')}</tr>`
  })
  const total = layout.columnWidths.reduce((a, b) => a + b, 0)
  const cols = layout.columnWidths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('')
  return `<!doctype html>
<!-- Generated by \`node scripts/bench.mjs --write-control\` from 表三's layout: the benchmark's control page.
     ${layout.inputGrid.flat().length} plain inputs in a table of the same shape as the app's 表三, no framework, no script. -->
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>对照页：表三（纯 input）</title>
    <style>
      body { font: 14px/1.5 system-ui, sans-serif; margin: 16px; }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; }
      th, td { border: 1px solid #999; padding: 2px 4px; font-weight: normal; }
      input { width: 100%; box-sizing: border-box; font: inherit; text-align: right; }
    </style>
  </head>
  <body>
    <table aria-label="表三">
      <colgroup>${cols}</colgroup>
${rows.join('\n')}
    </table>
  </body>
</html>
`
}

// ---------------------------------------------------------------- document in node (informational)

export async function docxInNode(name: SeedName, reps: number): Promise<{ buildModelMs: number[]; renderMs: number[]; bytes: number }> {
  const { content } = loadSeed(name)
  const buildModelMs: number[] = []
  const renderMs: number[] = []
  let bytes = 0
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now()
    const evaluation = evaluate(format2021, content)
    const model = buildDocModel(format2021, content, evaluation, { draft: evaluation.errorCount > 0 })
    const t1 = performance.now()
    const out = await renderDocxBuffer(model)
    const t2 = performance.now()
    buildModelMs.push(t1 - t0)
    renderMs.push(t2 - t1)
    bytes = out.byteLength
  }
  return { buildModelMs, renderMs, bytes }
}

// ---------------------------------------------------------------- reading published files

export interface ReadTimes {
  /** LibreOffice's .docx of the seed's web page, the app's own .docx, the web page (GBK for miyun-2023) */
  readonly docxMs: number[]
  readonly appDocxMs: number[]
  readonly htmlMs: number[]
  readonly bytes: { readonly docx: number; readonly appDocx: number; readonly html: number }
}

/**
 * File bytes → ReadDocument in node, `reps` times each (the seed files come from test/support/
 * seed-sources.ts, generated by LibreOffice once and cached under test-results/). A failed read throws:
 * a benchmark of an error message would be meaningless.
 */
export async function readInNode(name: SeedName, reps: number): Promise<ReadTimes> {
  const s = (await seedSources())[name]
  const files = { docx: s.bytes('docx'), appDocx: s.bytes('app-docx'), html: s.bytes('html') }
  const time = (read: (b: Uint8Array) => { ok: boolean }, bytes: Uint8Array) => {
    const out: number[] = []
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now()
      const r = read(bytes)
      out.push(performance.now() - t0)
      if (!r.ok) throw new Error(`bench: reading ${name} failed`)
    }
    return out
  }
  return {
    docxMs: time(readDocx, files.docx),
    appDocxMs: time(readDocx, files.appDocx),
    htmlMs: time(readHtml, files.html),
    bytes: { docx: files.docx.length, appDocx: files.appDocx.length, html: files.html.length },
  }
}

// ---------------------------------------------------------------- rule engine scale


const TABLE_IDS = ['t2', 't3', 't4']
const ODD_TEXTS = ['１２', '1,200', '/', '无', 'abc', '-3', '1.5', ' 7 ']

/**
 * A report with random figures: mostly small counts, ~2 % blank and ~1 % odd input (full-width digits,
 * separators, '/', text); each table's totals computed or (30 %) typed; some text. Random figures break
 * most 勾稽 rules, so each report yields many problems with messages: a heavier case than real reports.
 */
function randomReport(next: () => number, paths: readonly string[]): ReportContent {
  const base = newContent(format2021, { agency: '某区某局', year: 2024, unitType: next() < 0.5 ? 'department' : 'government' })
  const cells: Record<string, Record<string, Record<string, string>>> = {}
  for (const path of paths) {
    const [t, r, c] = path.split('.') as [string, string, string]
    const x = next()
    const text = x < 0.02 ? '' : x < 0.03 ? (ODD_TEXTS[Math.floor(next() * ODD_TEXTS.length)] ?? '') : String(Math.floor(next() * next() * 400))
    const table = (cells[t] ??= {})
    ;(table[r] ??= {})[c] = text
  }
  const manualTotals = TABLE_IDS.filter(() => next() < 0.3)
  const overview = base.overview.map((s) => ({ ...s, body: next() < 0.8 ? `${s.title}方面，本年度共${Math.floor(next() * 500)}件。` : '' }))
  return { ...base, cells: cells as CellTexts, manualTotals, overview, problems: next() < 0.9 ? '存在的主要问题是……' : '', other: '' }
}

export interface ScaleResult {
  readonly reports: number
  readonly ms: number[]
  readonly problemsPerReport: number
}

/**
 * Validates `n` generated reports, several times. Reports are generated in batches of 5,000 outside the
 * timed region (100,000 reports held at once would take over a gigabyte), so only evaluate() is timed.
 * Repetitions are interleaved (1k, 10k, 100k, 1k, 10k, 1k …) so that a change in machine load during
 * the run does not fall on one size only.
 */
export function ruleScale(sizes: readonly number[], reps: (n: number) => number, seed = 20250115): ScaleResult[] {
  const paths = [...compileTemplate(format2021).cells.keys()]
  const BATCH = 5_000
  // warm-up: let the JIT settle before the first timed size
  {
    const next = rng(seed ^ 0xabcdef)
    for (let i = 0; i < 2_000; i++) evaluate(format2021, randomReport(next, paths))
  }
  const runOnce = (n: number, r: number) => {
    const next = rng(seed + r)
    let total = 0
    let problems = 0
    for (let done = 0; done < n; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, n - done) }, () => randomReport(next, paths))
      const t0 = performance.now()
      for (const c of batch) problems += evaluate(format2021, c).problems.length
      total += performance.now() - t0
    }
    return { ms: total, problems }
  }
  const out = sizes.map((n) => ({ reports: n, ms: [] as number[], problemsPerReport: 0 }))
  const most = Math.max(...sizes.map(reps))
  for (let r = 0; r < most; r++) {
    for (const o of out) {
      if (r >= reps(o.reports)) continue
      const { ms, problems } = runOnce(o.reports, r)
      o.ms.push(ms)
      o.problemsPerReport = problems / o.reports
    }
  }
  return out
}

/** Reports for profiling evaluate() on its own (bench/lib/diagnose.mjs). */
export function generateReports(n: number, seed = 99): ReportContent[] {
  const paths = [...compileTemplate(format2021).cells.keys()]
  const next = rng(seed)
  return Array.from({ length: n }, () => randomReport(next, paths))
}

export function evaluateAll(reports: readonly ReportContent[]): number {
  let problems = 0
  for (const c of reports) problems += evaluate(format2021, c).problems.length
  return problems
}

// ---------------------------------------------------------------- PDF reader (bench/pdf-bench.ts)
export { longPdfInNode, pdfInNode, seedPdfBytes } from './pdf-bench'
/** The app's .docx of a seed, as bytes: the audit bench writes 1,000 copies of it. */
export async function seedDocxBytes(name: SeedName): Promise<Uint8Array> {
  const { content } = loadSeed(name)
  return renderDocxBuffer(buildDocModel(format2021, content, evaluate(format2021, content)))
}
