// @vitest-environment node
/**
 * The seeds as published files (test/support/seed-sources.ts) read by readDocx and readHtml: every
 * printed value is found in the expanded grids by its row and column labels, the paragraphs hold the
 * title, the opening and the texts of parts 一, 五 and 六, and nothing of the site around the page.
 */
import { readDocx } from '../../../src/core/read/docx/read-docx'
import { readHtml } from '../../../src/core/read/html/read-html'
import type { ReadDocument, ReadResult, ReadTable } from '../../../src/core/read/types'
import { SEED_NAMES } from '../../fixtures/seeds'
import { missingTools } from '../../office/libreoffice'
import { mismatches, squeeze } from '../../support/find-in-grids'
import { seedSources, type SeedSourceKind } from '../../support/seed-sources'

const READERS: Record<Exclude<SeedSourceKind, 'pdf'>, (b: Uint8Array) => ReadResult> = { docx: readDocx, 'app-docx': readDocx, html: readHtml }
const KINDS = Object.keys(READERS) as (keyof typeof READERS)[]

function ok(r: ReadResult): ReadDocument {
  if (!r.ok) throw new Error(r.message)
  return r.document
}

describe.skipIf(missingTools() !== undefined && !process.env['CI'])('reading the seeds as published files', () => {
  beforeAll(async () => {
    await seedSources()
  }, 300_000)

  describe.each(SEED_NAMES.flatMap((n) => KINDS.map((k) => [n, k] as const)))('%s as %s', (name, kind) => {
    it('three tables; every printed value found by its row and column labels', async () => {
      const s = (await seedSources())[name]
      const doc = ok(READERS[kind](s.bytes(kind)))
      const tables = doc.blocks.filter((b): b is ReadTable => b.kind === 'table')
      expect(tables.map((t) => t.where)).toEqual(['第1个表格', '第2个表格', '第3个表格'])
      expect(mismatches(tables, s.expected)).toEqual([])
      expect(s.expected.length).toBeGreaterThan(150)
    })

    it('the title, opening and texts of parts 一, 五 and 六 are paragraphs; nothing of the site around it', async () => {
      const s = (await seedSources())[name]
      const doc = ok(READERS[kind](s.bytes(kind)))
      const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [squeeze(b.text)] : []))
      const c = s.content
      const lines = [c.agency, c.opening, ...c.overview.flatMap((o) => [o.title, o.body]), c.problems, c.other].flatMap((t) => t.split('\n')).map(squeeze).filter(Boolean)
      const missing = lines.filter((l) => !paragraphs.some((p) => p.includes(l)))
      expect(missing).toEqual([])
      expect(paragraphs.join()).not.toMatch(/网站标识码|分享到|当前位置|发布时间/)
    })
  })
})
