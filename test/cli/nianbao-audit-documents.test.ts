// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SEED_NAMES } from '../fixtures/seeds'
import { missingTools } from '../office/libreoffice'
import { seedSources, SOURCE_KINDS } from '../support/seed-sources'
import { buildCli } from './build-cli'

const missing = missingTools()

/** The seeds' fingerprints, as recorded in test/core/audit/fingerprint.test.ts from their data. */
const FINGERPRINTS = {
  'daxing-2024': 'd6d860a96b49cbbf9edff13120dfe6174eb2c71f0bb25429bbfa7f7f2c1efc86',
  'chaoyang-2024': '1fca05e84209251524ef5b1b11134795d34df1a1b15163606455cb97ddec10ee',
  'miyun-2023': 'd73ac7f98756aebe6701e2309c2d6a6ae1869499ca0a627444751c94e2060301',
} as const

interface Report {
  readonly source: string
  readonly kind: string
  readonly status: string
  readonly errors: number
  readonly warnings: number
  readonly fingerprint: string | null
}

describe.skipIf(missing !== undefined && !process.env['CI'])('nianbao-audit (built) on published reports', { timeout: 300_000 }, () => {
  it('reads each seed as a web page (one in GBK), an agency’s .docx, its PDF and the app’s .docx: complete, no error, the fingerprint of its data', async () => {
    const sources = await seedSources()
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-docs-'))
    for (const name of SEED_NAMES) {
      mkdirSync(join(dir, name))
      for (const kind of SOURCE_KINDS) copyFileSync(sources[name].files[kind], join(dir, name, `${kind}.${kind === 'html' ? 'html' : kind === 'pdf' ? 'pdf' : 'docx'}`))
    }
    const out = join(dir, 'result.json')
    const r = spawnSync(process.execPath, [buildCli(), dir, '--out', out], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('共12份：完整12，部分0，无法读取0；有错误0份')
    // the same report four times is a duplicate, not an error
    expect(r.status).toBe(0)
    const { reports } = JSON.parse(readFileSync(out, 'utf8')) as { reports: Report[] }
    // path order: the folders by name
    expect(reports.map((x) => [x.source.slice(dir.length + 1), x.kind, x.status, x.errors, x.fingerprint])).toEqual(
      [...SEED_NAMES].sort().flatMap((name) => [
        [`${name}/app-docx.docx`, 'docx', 'complete', 0, FINGERPRINTS[name]],
        [`${name}/docx.docx`, 'docx', 'complete', 0, FINGERPRINTS[name]],
        [`${name}/html.html`, 'html', 'complete', 0, FINGERPRINTS[name]],
        [`${name}/pdf.pdf`, 'pdf', 'complete', 0, FINGERPRINTS[name]],
      ]),
    )
  })
})
