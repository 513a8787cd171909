// @vitest-environment node
/**
 * A 2027 revision registered in a test's list only (test/fixtures/format-2027.ts): the list checks, the
 * live rules, the preview's and the .docx's document, the data package round trip and the importers all
 * follow it with no change in src/.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDocModel } from '../../src/core/document/build-doc-model'
import { importDocument } from '../../src/core/import/import-document'
import { layoutTable } from '../../src/core/layout/layout-table'
import { parsePackage, serializePackage } from '../../src/core/package/data-package'
import { readDocx } from '../../src/core/read/docx/read-docx'
import { readText } from '../../src/core/read/text/read-text'
import { evaluate } from '../../src/core/rules/evaluate'
import { checkFormats } from '../../src/core/template-compile/check-formats'
import { checkTemplate } from '../../src/core/template-compile/check-template'
import { cellPath } from '../../src/core/template/cell-path'
import { pickFormat } from '../../src/core/template/pick-format'
import { renderDocxBuffer } from '../../src/features/export/render-docx'
import { setCells } from '../builders'
import { distinctContent } from '../core/document/doc-fixtures'
import { ADDED_COLUMN, ADDED_RULE, CHANGED_HEADING, FORMAT_LIST, format2027, RENAMED_ROW } from '../fixtures/format-2027'
import { SEEDS_DIR } from '../paths'
import { unpackDocx } from '../support/docx-tables'

const REVOKED = cellPath('t2', 'licensing', 'revoked')
const DECISIONS = cellPath('t2', 'licensing', 'decisions')
const COERCION = cellPath('t2', 'coercion', 'decisions')
const content2027 = () => distinctContent(format2027, { year: 2027 })
const cellOf = (c: { cells: Record<string, Record<string, Record<string, string>>> }, path: string) => {
  const [t, r, k] = path.split('.') as [string, string, string]
  return c.cells[t]?.[r]?.[k]
}

describe('the 2027 revision, registered in a test list', () => {
  it('passes checkTemplate and checkFormats, with 2021 ending in 2026', () => {
    expect(checkTemplate(format2027)).toEqual([])
    expect(checkFormats(FORMAT_LIST)).toEqual([])
  })

  it('is the format of 2027 and later; 2026 stays 2021; the refusal names the three ranges', () => {
    const at = (year: number) => pickFormat(FORMAT_LIST, year, 2030)
    expect([2019, 2026, 2027, 2030].map((y) => { const r = at(y); return r.ok && r.template.id })).toEqual(['gov-info-annual-2019', 'gov-info-annual-2021', format2027.id, format2027.id])
    const r = at(2018)
    expect(!r.ok && r.message).toContain('2019—2020年度用2019年版格式，2021—2026年度用2021年版格式，2027年度起用2027年版格式')
  })

  it('lays out the new column and the renamed row in 表二', () => {
    const t2 = format2027.parts.find((p) => p.kind === 'table' && p.table.id === 't2')
    if (t2?.kind !== 'table') throw new Error('no 表二')
    const layout = layoutTable(t2.table)
    const inputs = layout.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'input' ? [c] : [])))
    expect(inputs.find((c) => c.path === REVOKED)?.columnLabels).toEqual([ADDED_COLUMN.label])
    expect(inputs.find((c) => c.path === COERCION)?.rowLabels.at(-1)).toBe(RENAMED_ROW.to)
  })

  it('runs the added rule live, and no other problem on a sound report', () => {
    const base = content2027()
    const keys = (c: typeof base) => evaluate(format2027, c).problems.map((p) => p.key)
    expect(keys(setCells(base, { [REVOKED]: '0', [DECISIONS]: '0' }))).not.toContain(ADDED_RULE.key)
    const problem = evaluate(format2027, setCells(base, { [REVOKED]: '2', [DECISIONS]: '0' })).problems.find((p) => p.key === ADDED_RULE.key)
    expect(problem).toMatchObject({ severity: 'warning', message: ADDED_RULE.message, cells: [REVOKED, DECISIONS] })
  })

  it('prints the changed heading, the renamed row and the new column in the document and the .docx', async () => {
    const content = setCells(content2027(), { [REVOKED]: '7' })
    const model = buildDocModel(format2027, content, evaluate(format2027, content))
    const text = JSON.stringify(model)
    expect(text).toContain(CHANGED_HEADING.to)
    expect(text).not.toContain(CHANGED_HEADING.from)
    const xml = unpackDocx(await renderDocxBuffer(model))['word/document.xml'] ?? ''
    for (const s of [CHANGED_HEADING.to, RENAMED_ROW.to, ADDED_COLUMN.label]) expect(xml).toContain(s)
    // and the app's own .docx reads back as a 2027 report with the new cell's value
    const read = readDocx(await renderDocxBuffer(model))
    if (!read.ok) throw new Error(read.message)
    const outcome = importDocument(read.document, FORMAT_LIST, { today: new Date('2028-01-15') })
    expect(outcome.template.id).toBe(format2027.id)
    expect(cellOf(outcome.content, REVOKED)).toBe('7')
    // part 五 found under its changed heading (blank lines between paragraphs are not kept)
    expect(outcome.content.problems).toBe(content.problems.replace(/\n+/g, '\n'))
    expect(outcome.findings.map((f) => f.message).filter((m) => m.includes('未找到'))).toEqual([])
  })

  it('round-trips through a data package', () => {
    const content = setCells(content2027(), { [REVOKED]: '3' })
    const draft = { id: 'd1', formatId: format2027.id, formatVersion: format2027.version, name: '2027年度报告', content, createdAt: '2028-01-02T00:00:00Z', updatedAt: '2028-01-02T00:00:00Z', revision: 1 }
    const parsed = parsePackage(serializePackage(draft), FORMAT_LIST, new Date('2028-01-15'))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.template).toBe(format2027)
    expect(parsed.content).toEqual(content)
  })

  it('imports a published 2027 report from text: changed heading, renamed row, new column', () => {
    // a real 2021-format report (seed daxing-2024) edited the way the 2027 revision changes the format
    const seed = readFileSync(join(SEEDS_DIR, 'daxing-2024.txt'), 'utf8')
    const band = `\t${ADDED_COLUMN.band}\n\n\t信息内容\n\t本年处理决定数量\n\n\t行政许可\n\t0\n\n`
    expect(seed).toContain(band)
    const text = seed
      .replace('2024年政府信息公开工作年度报告', '2027年政府信息公开工作年度报告')
      .replace(band, `\t${ADDED_COLUMN.band}\n\n\t信息内容\n\t本年处理决定数量\n\t${ADDED_COLUMN.label}\n\n\t行政许可\n\t0\n\t5\n\n`)
      .replace(`\t${RENAMED_ROW.from}\n`, `\t${RENAMED_ROW.to}\n`)
      .replace(CHANGED_HEADING.from, CHANGED_HEADING.to)
    const outcome = importDocument(readText(text), FORMAT_LIST, { today: new Date('2028-01-15') })
    expect(outcome.template.id).toBe(format2027.id)
    expect(outcome.content.year).toBe(2027)
    expect(cellOf(outcome.content, REVOKED)).toBe('5')
    expect(cellOf(outcome.content, DECISIONS)).toBe('0')
    expect(outcome.provenance[COERCION]).toMatchObject({ rowLabel: RENAMED_ROW.to })
    expect(outcome.content.problems).not.toBe('')
    expect(outcome.findings.map((f) => f.message).filter((m) => m.includes('未找到') || m.includes(CHANGED_HEADING.to))).toEqual([])
    expect(outcome.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
