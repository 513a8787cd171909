// @vitest-environment node
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDocModel } from '../../../src/core/document/build-doc-model'
import { layoutTable } from '../../../src/core/layout/layout-table'
import { evaluate } from '../../../src/core/rules/evaluate'
import type { ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { renderDocxBuffer } from '../../../src/features/export/render-docx'
import { format2021 } from '../../../templates/format-2021'
import { distinctContent, FORMATS } from '../../core/document/doc-fixtures'
import { expectedCellText as expectedText, readReportTables, unpackDocx } from '../../support/docx-tables'

/** Renders the report, reads its tables back from word/document.xml and maps them onto the layouts. */
async function roundTrip(template: ReportTemplate, content: ReportContent) {
  const model = buildDocModel(template, content, evaluate(template, content))
  const parts = unpackDocx(await renderDocxBuffer(model))
  const { found, mismatches, paragraphs } = readReportTables(parts['word/document.xml'] ?? '', template)
  const tableParts = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
  return { found, mismatches, paragraphs, tableParts }
}

describe.each(FORMATS)('.docx round trip, %s format', (_name, template) => {
  const content = distinctContent(template)
  it('reads back every label and every value typed, in its place', async () => {
    const { found, mismatches, tableParts } = await roundTrip(template, content)
    expect(mismatches).toEqual([])
    const e = evaluate(template, content)
    const inputs = tableParts.flatMap((t) => layoutTable(t).inputGrid.flat())
    expect([...found.keys()].sort()).toEqual([...inputs].sort())
    for (const path of inputs) {
      const [t, r, c] = path.split('.') as [string, string, string]
      const typed = content.cells[t]?.[r]?.[c]
      if (e.computed.has(path)) expect(found.get(path), path).toBe(expectedText(template, content, path, 'count'))
      else expect(found.get(path), path).toBe(typed)
    }
  })
  it('prints the 信息处理费 figures typed in part 六', async () => {
    const { paragraphs } = await roundTrip(template, content)
    const fees = content.cells['p6']?.['fees']
    if (!fees) return expect(paragraphs.some((p) => p.includes('收费通知'))).toBe(false)
    const sentence = paragraphs.find((p) => p.startsWith('本年度共发出收费通知'))
    expect(sentence).toBe(`本年度共发出收费通知${fees['notice_count']}件，总金额${fees['notice_amount']}元，实际收取总金额${fees['collected_amount']}元。`)
  })
})

// The published seed reports, imported with the 2021 format (test/fixtures/seeds.ts, when present).
const seedsReady = ['test/fixtures/seeds.ts', 'src/core/import/import-document.ts'].every((f) => existsSync(resolve(process.cwd(), f)))

describe.skipIf(!seedsReady).each(['daxing-2024', 'chaoyang-2024', 'miyun-2023'] as const)('.docx round trip, seed %s', (name) => {
  it('reads back every value of the published tables', async () => {
    const { loadSeed } = await import('../../fixtures/seeds')
    const { content } = loadSeed(name)
    const { found, mismatches, tableParts } = await roundTrip(format2021, content)
    expect(mismatches).toEqual([])
    const cells = tableParts.flatMap((t) => layoutTable(t).rows.flatMap((r) => r.cells))
    let filled = 0
    for (const c of cells) {
      if (c.kind !== 'input') continue
      const want = expectedText(format2021, content, c.path, c.cellKind)
      expect(found.get(c.path), c.path).toBe(want)
      if (want !== '') filled += 1
    }
    // the seeds are complete reports: their tables are not blank
    expect(filled).toBeGreaterThan(cells.filter((c) => c.kind === 'input').length / 2)
  })
})
