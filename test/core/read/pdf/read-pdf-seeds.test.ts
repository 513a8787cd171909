// @vitest-environment node
/**
 * The three seed reports printed by the app (.docx → LibreOffice → PDF) read back by readPdf with the
 * node build of pdf.js: every table is the app's table slot for slot (labels, merged cells, every
 * printed value), and the text outside the tables is the report's title, headings and paragraphs in
 * order, with no page number or other page furniture in between.
 */
import type { DocModel } from '../../../../src/core/document/types'
import { readPdf } from '../../../../src/core/read/pdf/read-pdf'
import type { ReadDocument, ReadTable } from '../../../../src/core/read/types'
import { loadPdfjsNode } from '../../../../src/node/pdfjs-node'
import { SEED_NAMES } from '../../../fixtures/seeds'
import { missingTools } from '../../../office/libreoffice'
import { expandDocTable, seedModel, seedPdf } from '../../../support/seed-pdfs'

const missing = missingTools()
if (missing && process.env['CI']) {
  describe('LibreOffice', () => {
    it('is installed: CI must make the PDF fixtures', () => {
      throw new Error(missing)
    })
  })
}

const squeeze = (s: string) => s.replace(/\s+/g, '')
const grid = (t: ReadTable) => t.rows.map((row) => row.map((c) => ({ text: squeeze(c.text), origin: c.origin })))

function bodyText(model: DocModel): string[] {
  return [model.title.agency, model.title.line, ...model.blocks.flatMap((b) => (b.kind === 'table' ? [] : b.text.split('\n')))].map(squeeze).filter(Boolean)
}

describe.skipIf(Boolean(missing))('readPdf: the seeds as the app prints them', { timeout: 120_000 }, () => {
  const read = new Map<string, ReadDocument>()
  beforeAll(async () => {
    const pdfjs = await loadPdfjsNode()
    for (const name of SEED_NAMES) {
      const result = await readPdf(await seedPdf(name), pdfjs)
      if (!result.ok) throw new Error(`${name}: ${result.message}`)
      read.set(name, result.document)
    }
  }, 120_000)

  it.each(SEED_NAMES)('%s: three tables, slot for slot the printed ones', (name) => {
    const doc = read.get(name)!
    const tables = doc.blocks.filter((b): b is ReadTable => b.kind === 'table')
    const printed = seedModel(name).blocks.flatMap((b) => (b.kind === 'table' ? [b] : []))
    expect(tables).toHaveLength(printed.length)
    printed.forEach((table, i) => {
      const want = expandDocTable(table).map((row) => row.map((c) => ({ text: squeeze(c.text), origin: c.origin })))
      expect(grid(tables[i]!), `${table.name} (${tables[i]!.where})`).toEqual(want)
    })
    expect(doc.source).toBe('pdf')
    expect(tables.every((t) => /^第\d+(–\d+)?页$/.test(t.where))).toBe(true)
  })

  it.each(SEED_NAMES)('%s: title, headings and paragraphs in order, each whole, no page numbers', (name) => {
    const doc = read.get(name)!
    const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []))
    // one paragraph per printed paragraph: lines wrapped by the word processor joined again
    expect(paragraphs.map((p) => squeeze(p.text))).toEqual(bodyText(seedModel(name)))
    expect(paragraphs.some((p) => /—\s*\d+\s*—/.test(p.text))).toBe(false)
    expect(paragraphs.every((p) => /^第\d+页第\d+行$/.test(p.where))).toBe(true)
  })
})
