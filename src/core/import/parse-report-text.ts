/**
 * Imports a published report from text extracted from its Word file (spec §8): title, opening, part 一
 * sub-sections, the three tables, parts 五 and 六, and the 信息处理费 figures. Pure; never throws.
 *
 * @example
 * const { content, notices } = parseReportText(text, format2021)
 * content.cells.t3?.new_received?.total // '1'
 */
import { cellPath, splitCellPath } from '../template/cell-path'
import type { CellPath, Part, ReportTemplate, TableDef } from '../template/types'
import type { CellTexts, ReportContent } from '../values/types'
import { isPartHeading, matchHeading, parseTitle, partMatchers } from './headings'
import { identifyTable, readTable } from './match-table'
import { isSubsectionHeading, parseFees, parseOverview } from './parse-narrative'
import { type BlockRow, splitBlocks } from './split-blocks'
import { cleanLine, excerpt, joinParagraphs } from './text'

/** What the importer could read; year, unit type and manual totals are for the user to confirm. */
export type ImportedContent = Omit<ReportContent, 'year' | 'unitType' | 'manualTotals'> & { readonly year?: number }

export interface ImportResult {
  readonly content: ImportedContent
  /** in Chinese: everything read leniently or not found */
  readonly notices: string[]
}

const empty = (): ImportedContent => ({ agency: '', opening: '', overview: [], problems: '', other: '', cells: {} })

export function parseReportText(text: string, template: ReportTemplate): ImportResult {
  const notices: string[] = []
  try {
    return { content: parse(typeof text === 'string' ? text : '', template, notices), notices }
  } catch (e) {
    notices.push(`导入时出现意外错误（${e instanceof Error ? e.message : String(e)}），未能读取报告`)
    return { content: empty(), notices }
  }
}

function setCell(cells: CellTexts, path: CellPath, text: string) {
  const [t, r, c] = splitCellPath(path)
  const table = (cells[t] ??= {})
  const row = (table[r] ??= {})
  row[c] = text
}

function parse(text: string, template: ReportTemplate, notices: string[]): ImportedContent {
  if (text.trim() === '') {
    notices.push('文本为空，未导入任何内容')
    return empty()
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const matchers = partMatchers(template.parts)
  const segments = splitBlocks(lines, (l) => isPartHeading(l, matchers))
  const tables = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))

  // walk the document: each text line belongs to the part whose heading came last (-1: before part 一)
  let current = -1
  const prelude: string[] = []
  const partLines: string[][] = template.parts.map(() => [])
  const found = new Set<number>()
  const blocks = new Map<TableDef, BlockRow[]>()
  const push = (line: string) => (current < 0 ? prelude : partLines[current])?.push(line)
  for (const seg of segments) {
    if (seg.kind === 'text') {
      const t = cleanLine(seg.line)
      if (!t) continue
      const h = matchHeading(t, matchers, current)
      if (!h) {
        push(t)
        continue
      }
      if (h.lenient) notices.push(`「${t}」按第${h.index + 1}部分「${template.parts[h.index]?.heading}」读取`)
      current = h.index
      found.add(h.index)
      continue
    }
    const here: Part | undefined = template.parts[current]
    const table = identifyTable(tables, seg.rows) ?? (here?.kind === 'table' ? here.table : undefined)
    if (table) blocks.set(table, [...(blocks.get(table) ?? []), ...seg.rows])
    else if (!here || here.kind !== 'table') seg.rows.flat().map(cleanLine).filter(Boolean).forEach(push)
    else notices.push(`${here.heading}下有一个未能识别的表格，已忽略`)
  }

  const title = parseTitle(prelude, notices)
  let openingLines = prelude.slice(title.used)
  const cells: CellTexts = {}
  let overview: ImportedContent['overview'] = []
  let problems = ''
  let other = ''

  template.parts.forEach((part, i) => {
    let own = partLines[i] ?? []
    if (part.kind === 'overview' && !found.has(i)) {
      // heading lost: part 一 starts at the first （一）/1. line of the opening
      const start = openingLines.findIndex(isSubsectionHeading)
      if (start >= 0) {
        own = [...openingLines.slice(start), ...own]
        openingLines = openingLines.slice(0, start)
      }
    }
    if (!found.has(i) && part.kind !== 'table') notices.push(`未找到第${i + 1}部分标题「${part.heading}」`)
    switch (part.kind) {
      case 'overview':
        overview = parseOverview(own, [...part.topics, ...(part.governmentTopic ? [part.governmentTopic] : [])], notices)
        if (overview.length === 0) notices.push('总体情况没有读到文字')
        break
      case 'table': {
        if (own.length > 0) notices.push(`${part.heading}：表格外的文字「${excerpt(own.join(''))}」未导入`)
        const rows = blocks.get(part.table)
        if (!rows) {
          notices.push(`未找到${part.table.name}（${part.heading}），请手工填写`)
          break
        }
        for (const [path, value] of readTable(part.table, rows, notices)) setCell(cells, path, value)
        break
      }
      case 'text':
        problems = joinParagraphs(own)
        if (!problems) notices.push(`「${part.heading}」没有读到文字`)
        break
      case 'other': {
        other = joinParagraphs(own)
        if (!other) notices.push(`「${part.heading}」没有读到文字`)
        if (part.fees) {
          const fees = parseFees(other, part.fees.fields, notices)
          for (const [id, value] of Object.entries(fees)) setCell(cells, cellPath(part.fees.group, 'fees', id), value)
        }
        break
      }
    }
  })

  const year = title.year
  if (year !== undefined && (year < template.years.from || (template.years.to !== undefined && year > template.years.to))) {
    notices.push(`报告年度${year}不适用所选的${template.title}`)
  }
  return {
    agency: title.agency ?? '',
    ...(year !== undefined ? { year } : {}),
    opening: joinParagraphs(openingLines),
    overview,
    problems,
    other,
    cells,
  }
}
