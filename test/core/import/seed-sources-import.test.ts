// @vitest-environment node
/**
 * The acceptance test of the import pipeline: each seed report, as a government web page (one in GBK),
 * as LibreOffice's .docx of that page, as the PDF of that .docx and as the app's own .docx, read by its
 * reader and imported: every cell equals the printed value, the texts of parts 一/五/六 are there, and
 * the report as read has no 勾稽 error.
 */
import { importDocument } from '../../../src/core/import/import-document'
import { readDocx } from '../../../src/core/read/docx/read-docx'
import { readHtml } from '../../../src/core/read/html/read-html'
import { readPdf } from '../../../src/core/read/pdf/read-pdf'
import type { ReadResult } from '../../../src/core/read/types'
import { evaluate } from '../../../src/core/rules/evaluate'
import { splitCellPath } from '../../../src/core/template/cell-path'
import { loadPdfjsNode } from '../../../src/node/pdfjs-node'
import { FORMATS } from '../../../templates'
import { format2021 } from '../../../templates/format-2021'
import { SEED_NAMES } from '../../fixtures/seeds'
import { missingTools } from '../../office/libreoffice'
import { seedSources, SOURCE_KINDS, type SeedSourceKind } from '../../support/seed-sources'

const missing = missingTools()
const squeeze = (s: string) => s.replace(/\s+/g, '')

async function read(kind: SeedSourceKind, bytes: Uint8Array): Promise<ReadResult> {
  if (kind === 'html') return readHtml(bytes)
  if (kind === 'pdf') return readPdf(bytes, await loadPdfjsNode())
  return readDocx(bytes)
}

describe.skipIf(missing !== undefined && !process.env['CI'])('importDocument on the seed sources', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    await seedSources()
  }, 300_000)

  describe.each(SEED_NAMES.map((n) => [n] as const))('%s', (name) => {
    it.each(SOURCE_KINDS.map((k) => [k] as const))('from the %s', async (kind) => {
      const s = (await seedSources())[name]
      const r = await read(kind, s.bytes(kind))
      if (!r.ok) throw new Error(r.message)
      const o = importDocument(r.document, FORMATS)
      expect(o.template).toBe(format2021)
      expect(o.content.agency).toBe(s.content.agency)
      expect(o.content.year).toBe(s.content.year)
      expect(o.yearNeedsConfirmation).toBe(false)
      const wrong = s.expected.flatMap((c) => {
        const [t, row, col] = splitCellPath(c.path)
        const got = o.content.cells[t]?.[row]?.[col]
        return got === c.text ? [] : [`${c.path}: ${JSON.stringify(got)} ≠ ${JSON.stringify(c.text)}`]
      })
      expect(wrong).toEqual([])
      expect(o.content.cells.p6?.fees).toEqual(s.content.cells.p6?.fees)
      // the texts of parts 一, 五 and 六
      expect(o.content.overview.map((x) => x.title)).toEqual(s.content.overview.map((x) => x.title))
      expect(o.content.overview.map((x) => squeeze(x.body))).toEqual(s.content.overview.map((x) => squeeze(x.body)))
      expect(squeeze(o.content.problems)).toBe(squeeze(s.content.problems))
      expect(squeeze(o.content.other)).toBe(squeeze(s.content.other))
      expect(squeeze(o.content.opening)).toBe(squeeze(s.content.opening))
      const evaluation = evaluate(o.template, { ...o.content, unitType: s.content.unitType })
      expect(evaluation.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([])
      expect(o.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual(name === 'miyun-2023' ? expect.any(Array) : [])
    })
  })
})
