import { readFileSync } from 'node:fs'
import { layoutTable } from '../../src/core/layout/layout-table'
import type { TableDef } from '../../src/core/template/types'
import { SPEC_FILE } from '../paths'
import { format2019 } from '../../templates/format-2019'
import { format2021 } from '../../templates/format-2021'

// The spec is the authority for labels: every printed label must appear in it character for character.
const spec = readFileSync(SPEC_FILE, 'utf8')

function section(title: string): string {
  const start = spec.indexOf(title)
  if (start < 0) throw new Error(`spec section ${title} not found`)
  const next = spec.slice(start + title.length).search(/\n##+ /)
  return next < 0 ? spec.slice(start) : spec.slice(start, start + title.length + next)
}

/** Backticked strings with Chinese in them, in the spec's markdown tables: the labels it quotes. */
function quotedLabels(text: string): string[] {
  const tableRows = text.split('\n').filter((l) => l.startsWith('|')).join('\n')
  return [...tableRows.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter((s) => /[\u4e00-\u9fff]/.test(s) && !s.includes('{'))
}

function printed(table: TableDef): string[] {
  return layoutTable(table).rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'text' && c.text ? [c.text] : [])))
}

const cases = [
  ['2021 表二', format2021.parts[1].table, section('### 2.3 Part 二')],
  ['2021 表三', format2021.parts[2].table, section('### 2.4 Part 三')],
  ['表四', format2021.parts[3].table, section('### 2.5 Part 四')],
  ['2019 表二', format2019.parts[1].table, section('### 3.1 T2 (2019)')],
] as const

describe('table labels equal the spec, character for character', () => {
  it.each(cases)('%s: every label printed is quoted in the spec', (_name, table, text) => {
    const quoted = new Set(quotedLabels(text))
    const missing = printed(table).filter((l) => !quoted.has(l) && !text.includes(` ${l} `) && !text.includes(` ${l}\n`))
    expect(missing).toEqual([])
  })
  it.each(cases)('%s: every label the spec quotes is printed', (_name, table, text) => {
    const labels = new Set(printed(table))
    const notPrinted = quotedLabels(text).filter((q) => !labels.has(q))
    // keys and prose quotes that are not table labels
    const allowed = new Set(['/'])
    expect(notPrinted.filter((q) => !allowed.has(q))).toEqual([])
  })
  it('2021 表三 column labels appear in the spec column list', () => {
    const list = section('### 2.4 Part 三').split('**Numeric columns**')[1] ?? ''
    for (const l of ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']) expect(list).toContain(` ${l}`)
  })
  it('part headings equal spec §2.1 in both formats', () => {
    const skeleton = quotedLabels(section('### 2.1 Document skeleton')).filter((l) => /^[一二三四五六]、/.test(l))
    for (const f of [format2021, format2019]) expect(f.parts.map((p) => p.heading)).toEqual(skeleton)
  })
})
