// @vitest-environment node
/**
 * The generated .docx in a real word processor: LibreOffice headless converts it to PDF, poppler reads
 * the PDF back. Checks the file is sound OOXML, opens without repair, has its pages and page numbers,
 * and prints every title line, heading, table label and number. Page 1 of each report is kept as
 * test-results/artifacts/<name>-page1.png (serif CJK faces via a private fontconfig file).
 *
 * Needs soffice, pdftotext, pdfinfo and pdftoppm: skipped without them, failed without them in CI.
 */
import { XMLValidator } from 'fast-xml-parser'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDocModel } from '../../src/core/document/build-doc-model'
import { CHARS_PER_LINE, LINE_PITCH_TWIPS, TABLE_LINE_TWIPS, TEXT_HEIGHT_TWIPS } from '../../src/core/document/page-style'
import type { DocModel } from '../../src/core/document/types'
import { layoutTable } from '../../src/core/layout/layout-table'
import { evaluate } from '../../src/core/rules/evaluate'
import { compileTemplate } from '../../src/core/template-compile/compile'
import type { ReportTemplate } from '../../src/core/template/types'
import { openingParagraph } from '../../src/core/values/new-content'
import type { ReportContent } from '../../src/core/values/types'
import { renderDocxBuffer } from '../../src/features/export/render-docx'
import { format2019 } from '../../templates/format-2019'
import { format2021 } from '../../templates/format-2021'
import { distinctContent } from '../core/document/doc-fixtures'
import { loadSeed, SEED_NAMES } from '../fixtures/seeds'
import { attr, expectedCellText, findAll, parseXml, textOf, unpackDocx } from '../support/docx-tables'
import { bodyText, missingTools, numberTokens, office, page1Png, pageCount, pdfPages, squeeze, type Office } from './libreoffice'

const OUT = resolve('test-results/office')
const ARTIFACTS = resolve('test-results/artifacts')
const missing = missingTools()

if (missing && process.env['CI']) {
  describe('LibreOffice', () => {
    it('is installed: CI must run the real-word-processor tests', () => {
      throw new Error(missing)
    })
  })
} else if (missing) {
  console.warn(`test/office skipped: ${missing}`)
}

/** A 2020 report (2019 format): every figure its own number, negative 本年增/减 among them. */
function report2020(): ReportContent {
  const base = distinctContent(format2019, { agency: '北京市测试区人民政府办公室', year: 2020, unitType: 'department' })
  return {
    ...base,
    opening: openingParagraph(2020),
    overview: base.overview.map((s, i) => ({
      ...s,
      body: `2020年，本机关${s.title}工作稳步推进，共完成相关事项${100 + i}项。\n各项工作均按照《条例》要求有序开展。`,
    })),
    problems: '一是主动公开的深度有待加强。\n二是依申请公开的答复质量需进一步提高。下一步将加强培训，完善制度。',
    other: '本机关无其他需要报告的事项。',
  }
}

/** Text fields carrying markup, XML, an entity, an emoji and a 5,000-character line. */
const HOSTILE = {
  markup: '<img src=x onerror=alert(1)>',
  xml: '</w:t><w:t>',
  entity: '&amp;',
  emoji: '😀',
  long: '政务公开ABC123'.repeat(500),
} as const

function hostileReport(): ReportContent {
  const base = distinctContent(format2021, { agency: `测试区${HOSTILE.entity}科委`, year: 2024 })
  return {
    ...base,
    opening: `${base.opening}\n${HOSTILE.markup}`,
    overview: base.overview.map((s, i) => (i === 0 ? { ...s, title: `主动公开${HOSTILE.emoji}`, body: `正文${HOSTILE.xml}正文` } : s)),
    problems: `存在的问题${HOSTILE.entity}改进${HOSTILE.emoji}`,
    other: HOSTILE.long,
  }
}

interface Case {
  readonly name: string
  readonly template: ReportTemplate
  readonly content: () => ReportContent
}

const CASES: readonly Case[] = [
  ...SEED_NAMES.map((name): Case => ({
    name,
    template: format2021,
    // read when the case runs: the seeds live in ../shared
    content: () => loadSeed(name).content,
  })),
  { name: 'report-2020', template: format2019, content: report2020 },
]

/**
 * Pages the report needs at the least: every title line, heading and paragraph takes at least one
 * grid line (a line holds at most 2×28 half-width characters), every table row at least one 15 pt line.
 */
function minPages(model: DocModel): number {
  const line = LINE_PITCH_TWIPS
  let twips = (model.draftMark ? line : 0) + (model.title.agency ? line : 0) + 2 * line
  for (const b of model.blocks) {
    if (b.kind === 'table') twips += b.rows.length * TABLE_LINE_TWIPS
    else twips += Math.max(1, Math.ceil(b.text.length / (2 * CHARS_PER_LINE))) * line
  }
  return Math.ceil(twips / TEXT_HEIGHT_TWIPS)
}

/**
 * A label is printed whole; only a label merged over several rows may be cut by a page break (表三's
 * 「三、本年度办理结果」 spans 22 rows): its beginning at the foot of one page, the rest on the next.
 */
function printedLabel(pages: readonly string[], label: string, rowSpan: number): boolean {
  const want = squeeze(label)
  const texts = pages.map((p) => bodyText([p]))
  if (texts.join('').includes(want)) return true
  if (rowSpan === 1) return false
  return texts.some((page, i) => {
    const next = texts[i + 1] ?? ''
    for (let cut = 1; cut < want.length; cut += 1) if (page.includes(want.slice(0, cut)) && next.includes(want.slice(cut))) return true
    return false
  })
}

/** Sound OOXML: every part parses, every declared part and every relationship target exists. */
function checkPackage(parts: Record<string, string>): void {
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']))
  for (const [name, xml] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue
    expect(XMLValidator.validate(xml), name).toBe(true)
  }
  const overrides = findAll(parseXml(parts['[Content_Types].xml'] ?? ''), 'Override').map((o) => attr(o, 'PartName') ?? '')
  for (const part of overrides) expect(parts[part.replace(/^\//, '')], `declared part ${part}`).toBeDefined()
  const rels = findAll(parseXml(parts['word/_rels/document.xml.rels'] ?? ''), 'Relationship')
  for (const r of rels) {
    if (attr(r, 'TargetMode') === 'External') continue
    expect(parts[`word/${attr(r, 'Target')}`], `relationship target ${attr(r, 'Target')}`).toBeDefined()
  }
}

/** Writes the .docx, checks the package, converts it, checks pages and page numbers, keeps page 1. */
async function convert(lo: Office, name: string, model: DocModel) {
  const bytes = await renderDocxBuffer(model)
  const parts = unpackDocx(bytes)
  checkPackage(parts)
  const docx = resolve(OUT, `${name}.docx`)
  writeFileSync(docx, bytes)
  // rejects on a non-zero exit or when no PDF is written: a file LibreOffice cannot open as is
  const pdf = await lo.toPdf(docx)
  const pages = await pdfPages(pdf)
  const count = await pageCount(pdf)
  expect(pages).toHaveLength(count)
  const least = Math.max(2, minPages(model))
  expect(count).toBeGreaterThanOrEqual(least)
  // and not blown up (a character grid gone wrong puts a few characters on each line)
  expect(count).toBeLessThanOrEqual(4 * least)
  // 「— n —」 on every page, in order
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`— ${i + 1} —`))
  await page1Png(pdf, resolve(ARTIFACTS, `${name}-page1.png`))
  return { parts, pages, count, body: bodyText(pages) }
}

describe.skipIf(Boolean(missing))(`LibreOffice renders the .docx${missing ? ` (skipped: ${missing})` : ''}`, { timeout: 60_000 }, () => {
  let lo: Office
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true })
    mkdirSync(ARTIFACTS, { recursive: true })
    lo = office(OUT)
  })
  afterAll(() => lo?.dispose())

  it.each(CASES)('$name: pages, page numbers, title, headings, every label and number', async ({ name, template, content: make }) => {
    const content = make()
    const evaluation = evaluate(template, content)
    const model = buildDocModel(template, content, evaluation)
    const { body, pages } = await convert(lo, name, model)

    expect(body.startsWith(squeeze(model.title.agency + model.title.line))).toBe(true)

    // headings and paragraphs in document order (tables between them are skipped over)
    let at = 0
    for (const b of model.blocks) {
      if (b.kind === 'table') continue
      const found = body.indexOf(squeeze(b.text), at)
      expect(found, `${b.kind} 「${b.text.slice(0, 40)}」 after offset ${at}`).toBeGreaterThanOrEqual(0)
      at = found + squeeze(b.text).length
    }
    const headings = template.parts.map((p) => p.heading)
    expect(headings).toHaveLength(6)
    for (const h of headings) expect(body).toContain(squeeze(h))

    // every label of the official tables, wrapped or not
    const tables = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
    const labels = tables.flatMap((t) => layoutTable(t).rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'text' ? [c] : []))))
    expect(labels.length).toBeGreaterThan(40)
    expect(labels.filter((l) => !printedLabel(pages, l.text, l.rowSpan)).map((l) => l.text)).toEqual([])

    // every figure typed or computed, as a number of its own (「12」 is not found inside 「123」)
    const printed = numberTokens(pages.join('\n'))
    const figures = new Set<string>()
    for (const t of tables) {
      for (const c of layoutTable(t).rows.flatMap((r) => r.cells)) {
        if (c.kind !== 'input') continue
        const v = expectedCellText(template, content, c.path, c.cellKind)
        if (v !== '') figures.add(v)
      }
    }
    expect(figures.size).toBeGreaterThan(0)
    expect([...figures].filter((v) => !printed.has(v))).toEqual([])

    // 表三 runs onto the next page: its header rows are repeated there (w:tblHeader)
    const t3 = tables.find((t) => t.id === 't3')
    const corner = squeeze(t3?.kind === 'grid' ? (t3.corner ?? '') : '')
    const first = pages.findIndex((p) => squeeze(p).includes(corner))
    const last = pages.findIndex((p, i) => i >= first && squeeze(p).includes(squeeze('四、结转下年度继续办理')))
    expect(first).toBeGreaterThanOrEqual(0)
    expect(last).toBeGreaterThanOrEqual(first)
    for (let i = first; i <= last; i += 1) expect(squeeze(pages[i] ?? ''), `表三's header on page ${i + 1}`).toContain(corner)
  })

  it('2020 report: its figures include a negative 本年增/减, checked as printed by the case above', () => {
    const content = report2020()
    const signed = [...compileTemplate(format2019).cells.values()].filter((c) => c.kind === 'signedCount')
    const negatives = signed.map((c) => expectedCellText(format2019, content, c.path, c.kind)).filter((v) => v.startsWith('-'))
    expect(negatives.length).toBeGreaterThan(0)
  })

  it('prints markup, XML, entities, emoji and a 5,000-character line literally', async () => {
    const content = hostileReport()
    const model = buildDocModel(format2021, content, evaluate(format2021, content), { draft: true })
    const { parts, body } = await convert(lo, 'hostile', model)
    const xml = parts['word/document.xml'] ?? ''
    // escaped in the XML: no element injected, the typed 「&amp;」 kept as text
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:t&gt;')
    expect(xml).toContain('&amp;amp;')
    expect(xml).not.toContain('<img')
    // read back as the very text typed
    const text = findAll(parseXml(xml), 'w:p').map(textOf)
    expect(text).toContain(HOSTILE.markup)
    expect(text).toContain(`正文${HOSTILE.xml}正文`)
    expect(text).toContain(`存在的问题${HOSTILE.entity}改进${HOSTILE.emoji}`)
    expect(text).toContain(HOSTILE.long)
    expect(text.some((t) => t.includes(`测试区${HOSTILE.entity}科委`))).toBe(true)
    // and printed as such by LibreOffice
    expect(body).toContain(squeeze(HOSTILE.markup))
    expect(body).toContain(`正文${HOSTILE.xml}正文`)
    expect(body).toContain(`测试区${HOSTILE.entity}科委`)
    expect(body).toContain(HOSTILE.long)
    expect(body).toContain(`改进${HOSTILE.emoji}`)
    expect(body).toContain('【草稿】')
  })
})
