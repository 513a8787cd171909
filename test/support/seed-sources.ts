/**
 * The three seed reports as the files people publish (test fixtures, made by the tests, never by hand):
 * - `html`: a government web page around the report (seed-html.ts); miyun-2023 is encoded in GBK
 * - `docx`: the report alone (no site around it; same tables, same charset) opened by LibreOffice as HTML
 *   and saved as Word 2007 XML (.docx), as an agency's own Word file
 * - `pdf`: that .docx printed to PDF by LibreOffice
 * - `app-docx`: the app's own .docx of the seed (render-docx.ts)
 * and, for each, the values printed in its tables (row labels + column labels → text).
 *
 * Files are cached in test-results/seed-sources/<hash of every input>/, so vitest and Playwright runs
 * reuse them; two processes generating at once are safe (a lock directory, and each writes into its own
 * temporary directory that is renamed into place). A cold run takes LibreOffice about 10–30 s: call
 * `seedSources()` in a `beforeAll` with a long timeout.
 *
 * @example
 * const all = await seedSources()
 * const bytes = all['miyun-2023'].bytes('docx')
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { buildDocModel } from '../../src/core/document/build-doc-model'
import { printedValue } from '../../src/core/document/doc-table'
import { layoutTable } from '../../src/core/layout/layout-table'
import { evaluate } from '../../src/core/rules/evaluate'
import type { CellPath } from '../../src/core/template/types'
import type { ReportContent } from '../../src/core/values/types'
import { renderDocxBuffer } from '../../src/features/export/render-docx'
import { format2021 } from '../../templates/format-2021'
import { loadSeed, readSeedText, SEED_NAMES, type SeedName } from '../fixtures/seeds'
import { writeFontconfig } from '../office/libreoffice'
import { encodeGbkHtml } from './gbk'
import { reportDocument, reportPage } from './seed-html'

const run = promisify(execFile)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CACHE = join(ROOT, 'test-results', 'seed-sources')

export const SOURCE_KINDS = ['html', 'docx', 'pdf', 'app-docx'] as const
export type SeedSourceKind = (typeof SOURCE_KINDS)[number]

const FILE_NAMES: Record<SeedSourceKind, string> = { html: 'report.html', docx: 'report-document.docx', pdf: 'report-document.pdf', 'app-docx': 'app.docx' }

const SITES: Record<SeedName, { site: string; charset: 'utf-8' | 'gbk' }> = {
  'daxing-2024': { site: '北京市大兴区人民政府', charset: 'utf-8' },
  'chaoyang-2024': { site: '北京市朝阳区人民政府', charset: 'utf-8' },
  'miyun-2023': { site: '北京市密云区人民政府', charset: 'gbk' },
}

/** A value printed in one of the official tables. */
export interface ExpectedCell {
  readonly tableId: string
  /** 表二 / 表三 / 表四 */
  readonly tableName: string
  readonly path: CellPath
  /** from the outermost group to the row, as printed */
  readonly rowLabels: readonly string[]
  /** from the outermost group to the column, as printed */
  readonly columnLabels: readonly string[]
  /** as printed ('' for a blank cell) */
  readonly text: string
}

export interface SeedSource {
  readonly name: SeedName
  readonly charset: 'utf-8' | 'gbk'
  readonly content: ReportContent
  readonly files: Readonly<Record<SeedSourceKind, string>>
  readonly bytes: (kind: SeedSourceKind) => Uint8Array
  readonly expected: readonly ExpectedCell[]
}

/** The values printed in the seed's tables, as the app lays them out. */
export function expectedCells(content: ReportContent): ExpectedCell[] {
  const evaluation = evaluate(format2021, content)
  const out: ExpectedCell[] = []
  for (const part of format2021.parts) {
    if (part.kind !== 'table') continue
    for (const row of layoutTable(part.table).rows) {
      for (const c of row.cells) {
        if (c.kind !== 'input') continue
        const text = printedValue(c.path, c.cellKind, content.cells, evaluation)
        out.push({ tableId: part.table.id, tableName: part.table.name, path: c.path, rowLabels: c.rowLabels, columnLabels: c.columnLabels, text })
      }
    }
  }
  return out
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

/** Every input the files depend on: the seeds, the generators, the templates and the renderers. */
function inputsHash(): string {
  const h = createHash('sha256')
  for (const n of SEED_NAMES) h.update(readSeedText(n))
  const dirs = ['test/support/gbk.ts', 'test/support/seed-html.ts', 'test/support/seed-sources.ts', 'templates', 'src/core/document', 'src/core/layout', 'src/features/export']
  for (const d of dirs) {
    const abs = join(ROOT, d)
    for (const f of (statSync(abs).isDirectory() ? filesUnder(abs) : [abs]).sort()) h.update(relative(ROOT, f)).update(readFileSync(f))
  }
  return h.digest('hex').slice(0, 16)
}

async function soffice(profile: string, args: string[]): Promise<void> {
  const env = { ...process.env, FONTCONFIG_FILE: writeFontconfig(profile) }
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', ...args], { env, timeout: 120_000 })
}

async function generateSeed(name: SeedName, dir: string): Promise<void> {
  const { content } = loadSeed(name)
  const model = buildDocModel(format2021, content, evaluate(format2021, content))
  const { site, charset } = SITES[name]
  const html = reportPage(model, { site, charset })
  const seedDir = join(dir, name)
  mkdirSync(seedDir, { recursive: true })
  const file = (k: SeedSourceKind) => join(seedDir, FILE_NAMES[k])
  const encode = (h: string) => (charset === 'gbk' ? encodeGbkHtml(h) : h)
  writeFileSync(file('html'), encode(html))
  const docSource = join(seedDir, 'report-document.html')
  writeFileSync(docSource, encode(reportDocument(model, charset)))
  writeFileSync(file('app-docx'), await renderDocxBuffer(model))
  const profile = mkdtempSync('/tmp/lo-seed-')
  try {
    // HTML (StarWriter) opens the page as a Writer text document; Writer/Web could not save it as .docx
    await soffice(profile, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', seedDir, docSource])
    await soffice(profile, ['--convert-to', 'pdf', '--outdir', seedDir, file('docx')])
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  for (const k of SOURCE_KINDS) if (!existsSync(file(k))) throw new Error(`seed-sources: LibreOffice wrote no ${FILE_NAMES[k]} for ${name}`)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const LOCK_STALE_MS = 300_000

/** The cache directory for the current inputs, generated once (by this process or another one). */
async function ensureGenerated(): Promise<string> {
  const final = join(CACHE, inputsHash())
  if (existsSync(final)) return final
  mkdirSync(CACHE, { recursive: true })
  const lock = `${final}.lock`
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (existsSync(final)) return final
      // a process that died while generating leaves its lock behind
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true })
      await sleep(500)
    }
  }
  try {
    if (existsSync(final)) return final
    const tmp = mkdtempSync(join(CACHE, '.tmp-'))
    try {
      await Promise.all(SEED_NAMES.map((n) => generateSeed(n, tmp)))
      renameSync(tmp, final)
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true })
      if (!existsSync(final)) throw e
    }
    return final
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

let memo: Promise<Record<SeedName, SeedSource>> | undefined

/** The files of every seed (generated on first use) with their expected table values. */
export function seedSources(): Promise<Record<SeedName, SeedSource>> {
  memo ??= ensureGenerated().then((dir) => {
    const entries = SEED_NAMES.map((name): [SeedName, SeedSource] => {
      const files = Object.fromEntries(SOURCE_KINDS.map((k) => [k, join(dir, name, FILE_NAMES[k])])) as Record<SeedSourceKind, string>
      const { content } = loadSeed(name)
      return [name, { name, charset: SITES[name].charset, content, files, bytes: (k) => new Uint8Array(readFileSync(files[k])), expected: expectedCells(content) }]
    })
    return Object.fromEntries(entries) as Record<SeedName, SeedSource>
  })
  return memo
}
