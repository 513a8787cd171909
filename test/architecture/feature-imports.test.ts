// @vitest-environment node
/**
 * Features import core and ui, never another feature (src/app composes them): the lint rule of
 * .oxlintrc.json, run by oxlint on probe files laid out like src/, and the imports of src/features today.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const ROOT = process.cwd()
const OXLINT = resolve(ROOT, 'node_modules', '.bin', 'oxlint')

/** oxlint's findings for probe files written under a copy of the project's lint config. */
function lint(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'feature-imports-'))
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

describe('feature → feature imports', () => {
  it('are refused by the lint rule, static, dynamic and through src/features/', () => {
    const out = lint({
      'src/features/editor/a.ts': "import { x } from '../drafts/b'\nexport const y = x\n",
      'src/features/editor/c.ts': "export const load = () => import('../preview/d')\n",
      'src/features/export/docx-e.ts': "export { x } from '../../features/editor/f'\n",
      'src/features/import/g.ts': "import type { X } from '../audit/h'\nexport type Y = X\n",
    })
    for (const file of ['a.ts', 'c.ts', 'docx-e.ts', 'g.ts']) expect(out).toMatch(new RegExp(`${file}:\\d+:\\d+: .*no-restricted-imports`))
  })

  it('leave core, ui and the feature\'s own files alone', () => {
    const out = lint({
      'src/features/editor/a.ts': "import { x } from '../../core/values/b'\nimport { y } from '../../ui/c'\nimport { z } from './d'\nexport const w = [x, y, z]\n",
    })
    expect(out).not.toMatch(/no-restricted-imports/)
  })

  it('do not occur in src/features', () => {
    const features = readdirSync(resolve(ROOT, 'src', 'features'))
    const crossing: string[] = []
    for (const feature of features) {
      for (const file of readdirSync(resolve(ROOT, 'src', 'features', feature), { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file)) continue
        const text = readFileSync(resolve(ROOT, 'src', 'features', feature, file), 'utf8')
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
          const target = resolve(ROOT, 'src', 'features', feature, dirname(file), m[1] ?? '')
          const other = features.find((f) => f !== feature && target.startsWith(resolve(ROOT, 'src', 'features', f) + '/'))
          if (other) crossing.push(`src/features/${feature}/${file} → ${other}`)
        }
      }
    }
    expect(crossing).toEqual([])
  })
})
