/**
 * Walks a ReadDocument once: each paragraph belongs to the part whose heading came last (before part 一:
 * title and opening), each printed table is identified by its labels (spec §8 Q8, Q14).
 */
import type { ReadBlock, ReadTable } from '../read/types'
import { tableDefs, tableNamesText } from '../template/table-names'
import type { ReportTemplate, TableDef } from '../template/types'
import { matchHeading, partMatchers } from './headings'
import { assignTables } from './identify-tables'
import { cleanLine, excerpt } from './text'
import type { Finding } from './types'

export interface Walk {
  readonly prelude: string[]
  readonly partLines: string[][]
  readonly found: ReadonlySet<number>
  readonly tables: ReadonlyMap<TableDef, ReadTable>
  readonly findings: Finding[]
}

/** A table that is not one of ours, inside a narrative part: its text, row by row (a layout table). */
function tableText(rt: ReadTable): string[] {
  return rt.rows.map((row) => {
    const cells: string[] = []
    for (const c of row) if (c.origin && c.text.trim() && !cells.includes(c.text.trim())) cells.push(c.text.trim())
    return cells.join(' ')
  })
}

export function walkDocument(blocks: readonly ReadBlock[], template: ReportTemplate): Walk {
  const matchers = partMatchers(template.parts)
  const printed = blocks.filter((b): b is ReadTable => b.kind === 'table')
  const assignment = assignTables(template, printed)
  const findings: Finding[] = []
  const prelude: string[] = []
  const partLines: string[][] = template.parts.map(() => [])
  const found = new Set<number>()
  const tables = new Map<TableDef, ReadTable>()
  const officialCount = tableDefs(template).length
  let current = -1
  let tableIndex = -1
  const push = (line: string) => (current < 0 ? prelude : partLines[current])?.push(line)

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const raw of block.text.split('\n')) {
        const t = cleanLine(raw)
        if (!t) continue
        const h = matchHeading(t, matchers, current)
        if (!h) {
          push(t)
          continue
        }
        if (h.lenient) findings.push({ kind: 'text', severity: 'info', message: `「${t}」按第${h.index + 1}部分「${template.parts[h.index]?.heading}」读取` })
        current = h.index
        found.add(h.index)
      }
      continue
    }
    tableIndex++
    const official = assignment.tables.get(tableIndex)
    if (official) {
      tables.set(official, block)
      continue
    }
    const here = template.parts[current]
    const looksOfficial = printed.length > 0 && block.rows.length > 3
    if (here?.kind === 'table' || (looksOfficial && tables.size === officialCount)) {
      findings.push({ kind: 'unrecognised', severity: 'warning', message: `${block.where}不是官方格式的${tableNamesText(template, '或')}（「${excerpt(tableText(block).join(' '), 24)}」），未导入` })
    } else {
      for (const line of tableText(block)) if (line) push(line)
    }
  }
  return { prelude, partLines, found, tables, findings }
}
