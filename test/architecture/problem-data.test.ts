// @vitest-environment node
/**
 * Rule ids compared through the typed list, field names built in one place (issue 12, item 6): a grep over
 * src/, because a string compared with a literal type-checks whatever the literal says.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const SRC = resolve(process.cwd(), 'src')

function sources(): { file: string; lines: string[] }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: f.replaceAll('\\', '/'), lines: readFileSync(join(SRC, f), 'utf8').split('\n') }))
}

function find(pattern: RegExp, except: readonly string[]): string[] {
  const out: string[] = []
  for (const { file, lines } of sources()) {
    if (except.includes(file)) continue
    lines.forEach((line, i) => {
      if (pattern.test(line) && !/^\s*(\/\/|\*)/.test(line)) out.push(`src/${file}:${i + 1}: ${line.trim()}`)
    })
  }
  return out
}

describe('src/', () => {
  it('compares rule ids only through isRule (a typo there is a type error)', () => {
    const literal = /ruleId\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*[\w.?]*ruleId\b|ruleId\??\.(startsWith|endsWith|includes|match)\(|ruleId\)\s*\.test\(|\.test\([\w.?]*ruleId\)/
    expect(find(literal, ['core/rules/rule-ids.ts'])).toEqual([])
  })

  it('builds form field names and sub-section refs in one place each', () => {
    const built = /`(?:cells|overview)\.\$\{(?!string\}|number\})|['"](?:cells|overview)\.['"]\s*\+/
    expect(find(built, ['features/editor/field-names.ts', 'core/rules/field-ref.ts'])).toEqual([])
  })
})
