// @vitest-environment node
/**
 * No format knowledge in code (issue 12, item 1): the ids a format declares (format, part, table, fee
 * group and fee field ids, read from FORMATS) never appear in src/ as a string literal, a template-string
 * piece or a CSS class, so a new revision is a new file in templates/ and nothing else. An id that is also
 * a word of the template language itself (a part kind, a content field, a drafted-sentence kind: e.g. the
 * part id 「overview」 and the part kind 「overview」) may appear, but is never compared with an id.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseAst } from 'rolldown/parseAst'
import { newContent } from '../../src/core/values/new-content'
import { FORMATS } from '../../templates'

const ROOT = process.cwd()
const SRC = join(ROOT, 'src')

/** Every id a format declares, with what it is, for the failure message. */
export function declaredIds(formats: typeof FORMATS): Map<string, string> {
  const ids = new Map<string, string>()
  const note = (id: string, what: string) => ids.get(id) ?? ids.set(id, what)
  for (const f of formats) {
    note(f.id, `format id of ${f.id}`)
    for (const p of f.parts) {
      note(p.id, `part id in ${f.id}`)
      if (p.kind === 'table') note(p.table.id, `table id in ${f.id}`)
      if (p.kind === 'other' && p.fees) {
        note(p.fees.group, `fee group in ${f.id}`)
        for (const field of p.fees.fields) note(field.id, `fee field id in ${f.id}`)
      }
    }
  }
  return ids
}

/** The template language's own words, which some ids happen to equal. */
function languageWords(formats: typeof FORMATS): Set<string> {
  const first = formats[0]!
  return new Set([
    ...formats.flatMap((f) => f.parts.map((p) => p.kind)),
    ...Object.keys(newContent(first, { agency: '', year: first.years.from, unitType: 'department' })),
    ...formats.flatMap((f) => Object.keys(f.sentences ?? {})),
  ])
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|css)$/.test(e.name) ? [path] : []
  })
}

/** Whether a literal's text names the id: as a whole, as a dotted cell-path segment, or in a class like table-t4. */
function names(text: string, id: string): boolean {
  return text.split(/[^\w-]+/u).some((s) => s === id || s.endsWith(`-${id}`) || s.startsWith(`${id}-`) || s.split('-').includes(id))
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `x.id === 'overview'`, `'overview' !== part.id`, `partId: 'overview'`: a word of the language used as an id. */
function comparesWith(line: string, word: string): boolean {
  const q = `(['"\`])${escape(word)}\\1`
  const idName = '(?:id|partId|tableId|group)'
  return (
    new RegExp(`\\b${idName}\\s*(?:===|!==|==|!=)\\s*${q}`).test(line) ||
    new RegExp(`${q}\\s*(?:===|!==|==|!=)\\s*[\\w.?]*\\b${idName}\\b`).test(line) ||
    new RegExp(`\\b(?:partId|tableId)\\s*:\\s*${q}`).test(line)
  )
}

export interface Finding {
  readonly at: string
  readonly text: string
  readonly id: string
}

export function scan(files: readonly string[], ids: ReadonlyMap<string, string>, words: ReadonlySet<string>): Finding[] {
  const strict = [...ids.keys()].filter((id) => !words.has(id))
  const lenient = [...ids.keys()].filter((id) => words.has(id))
  const out: Finding[] = []
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    const rel = relative(ROOT, file)
    const lineOf = (pos: number) => source.slice(0, pos).split('\n').length
    const add = (pos: number, text: string, id: string) => out.push({ at: `${rel}:${lineOf(pos)}`, text, id })
    if (file.endsWith('.css')) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
      for (const m of code.matchAll(/[.#]([A-Za-z_][\w-]*)/g)) {
        for (const id of strict) if (names(m[1] ?? '', id)) add(m.index, m[0], id)
      }
      continue
    }
    // Vite's own parser (oxc, ESTree): string literals, template-string pieces and JSX text, comments left out
    const ast = parseAst(source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file)
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit)
      if (!node || typeof node !== 'object') return
      const n = node as { type?: string; value?: unknown; start?: number; end?: number }
      const text =
        n.type === 'Literal' && typeof n.value === 'string' ? n.value
        : n.type === 'TemplateElement' ? (n.value as { raw: string }).raw
        : n.type === 'JSXText' && typeof n.value === 'string' ? n.value
        : undefined
      if (text !== undefined) {
        for (const id of strict) if (names(text, id)) add(n.start ?? 0, source.slice(n.start, n.end), id)
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'type' && typeof v === 'object') visit(v)
    }
    visit(ast.body)
    source.split('\n').forEach((line, i) => {
      for (const word of lenient) if (comparesWith(line, word)) out.push({ at: `${rel}:${i + 1}`, text: line.trim(), id: word })
    })
  }
  return out
}

describe('format knowledge stays in templates/', () => {
  const ids = declaredIds(FORMATS)
  const words = languageWords(FORMATS)

  it('reads the ids from the templates', () => {
    // the scan is only as good as the list: a format with no table or fee ids would make it vacuous
    const kinds = new Set(ids.values())
    expect([...kinds].some((k) => k.startsWith('table id'))).toBe(true)
    expect([...kinds].some((k) => k.startsWith('fee field id'))).toBe(true)
    expect(ids.size).toBeGreaterThan(10)
  })

  it('finds a planted literal, class, cell path and comparison, naming file:line', () => {
    const [table] = [...ids].find(([, k]) => k.startsWith('table id')) ?? []
    const [fee] = [...ids].find(([, k]) => k.startsWith('fee field id')) ?? []
    const [word] = [...ids].find(([id]) => words.has(id)) ?? []
    const dir = join(ROOT, 'test-results', 'no-format-ids-probe')
    mkdirSync(dir, { recursive: true })
    try {
      writeFileSync(join(dir, 'a.tsx'), `export const a = <table className={\`report-table table-${table}\`} />\nexport const c = 'p.fees.${fee}'\nexport const d = (p: { id: string }) => p.id === '${word}'\n`)
      writeFileSync(join(dir, 'b.css'), `/* .table-${table} in a comment is fine */\n.table-${table} { min-width: 1px; }\n`)
      const found = scan([join(dir, 'a.tsx'), join(dir, 'b.css')], ids, words).map((f) => `${f.at} ${f.id}`)
      const rel = relative(ROOT, dir)
      expect(found).toEqual([`${rel}/a.tsx:1 ${table}`, `${rel}/a.tsx:2 ${fee}`, `${rel}/a.tsx:3 ${word}`, `${rel}/b.css:2 ${table}`])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it(`src/ names none of them (language words allowed, never compared as ids: ${[...ids.keys()].filter((id) => words.has(id)).join(', ')})`, () => {
    const found = scan(sourceFiles(SRC), ids, words)
    expect(found.map((f) => `${f.at}: ${f.text} — ${f.id} (${ids.get(f.id)})`)).toEqual([])
  })
})
