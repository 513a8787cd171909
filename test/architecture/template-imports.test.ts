// @vitest-environment node
/**
 * templates/ hold data in the template language: they import src/core/template and each other, nothing
 * else of src/ (the lint rule of .oxlintrc.json, run by oxlint on probe files laid out like templates/).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const ROOT = process.cwd()
const OXLINT = resolve(ROOT, 'node_modules', '.bin', 'oxlint')

function lint(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'template-imports-'))
  try {
    copyFileSync(resolve(ROOT, '.oxlintrc.json'), join(dir, '.oxlintrc.json'))
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    try {
      return execFileSync(OXLINT, ['-c', '.oxlintrc.json', '--format', 'unix', ...Object.keys(files)], { cwd: dir, encoding: 'utf8' })
    } catch (e) {
      // oxlint exits 1 when it finds something; its report is on stdout
      return String((e as { stdout?: unknown }).stdout ?? e)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('templates/ imports', () => {
  it('refuse the layout, the compiler, features and renderers', () => {
    const out = lint({
      'templates/a.ts': "import { layoutTable } from '../src/core/layout/layout-table'\nexport const a = layoutTable\n",
      'templates/parts/b.ts': "import { compileTemplate } from '../../src/core/template-compile/compile'\nexport const b = compileTemplate\n",
      'templates/tables/c.ts': "import { x } from '../../src/features/editor/x'\nexport const c = x\n",
      'templates/d.ts': "import { Document } from 'docx'\nexport const d = Document\n",
    })
    for (const file of ['a.ts', 'b.ts', 'c.ts', 'd.ts']) expect(out).toMatch(new RegExp(`${file}:\\d+:\\d+: .*no-restricted-imports`))
  })

  it('allow the template language and other template files', () => {
    const out = lint({
      'templates/tables/a.ts': "import { row } from '../../src/core/template/builders'\nimport type { BandedTable } from '../../src/core/template/types'\nimport { b } from '../parts/b'\nexport const a: [typeof row, BandedTable | null, typeof b] = [row, null, b]\n",
      'templates/parts/b.ts': "import { cellPath } from '../../src/core/template/cell-path'\nexport const b = cellPath\n",
    })
    expect(out).not.toMatch(/no-restricted-imports/)
  })
})
