/**
 * The one import pipeline: a ReadDocument from any source (.docx, web page, PDF, pasted text) becomes
 * content ready for a draft, with the evidence of every value and findings in Chinese (spec §8).
 *
 * @example
 * const outcome = importDocument(readText(text), FORMATS)
 * outcome.content.cells.t3?.new_received?.total // '1'
 * outcome.provenance['t3.new_received.total']   // { table: '表三', rowLabel: '一、本年新收…', raw: ' 1', how: 'read', … }
 */
import type { ReadDocument } from '../read/types'
import { feeCellPath } from '../template/cell-path'
import type { CellPath, ReportTemplate } from '../template/types'
import type { CellTexts, ReportContent, Subsection } from '../values/types'
import { normalizeCell } from '../values/normalize-cell'
import { feeSentence } from '../document/fee-sentence'
import { parseTitle } from './headings'
import { formatByLabels } from './identify-tables'
import { isSubsectionHeading, parseFees, parseOverview } from './parse-narrative'
import { readTable } from './read-table'
import { byYear as oldestFirst } from '../template/pick-format'
import { guessYear } from './report-year'
import { templateTable } from './template-table'
import { excerpt, joinParagraphs } from './text'
import type { Finding, ImportOutcome, Provenance } from './types'
import { walkDocument } from './walk-document'

export type { Finding, ImportOutcome, Provenance } from './types'

export interface ImportOptions {
  /** the report year, confirmed by the user: overrides what the document says */
  readonly year?: number
  /** for a year guessed from nothing (default: the current date) */
  readonly today?: Date
}

function setCell(cells: CellTexts, path: CellPath, text: string) {
  const [t, r, c] = path.split('.') as [string, string, string]
  const table = (cells[t] ??= {})
  const row = (table[r] ??= {})
  row[c] = text
}

const inRange = (f: ReportTemplate, y: number) => y >= f.years.from && (f.years.to === undefined || y <= f.years.to)

/** Needs at least one format (in any order: the newest is the fallback); never throws on any document. */
export function importDocument(doc: ReadDocument, formats: readonly ReportTemplate[], opts: ImportOptions = {}): ImportOutcome {
  const first = oldestFirst(formats).at(-1)
  if (!first) throw new Error('importDocument: no report format given')
  try {
    return run(doc, formats, first, opts)
  } catch (e) {
    const year = opts.year ?? (opts.today ?? new Date()).getFullYear() - 1
    const content: ReportContent = { agency: '', year, unitType: 'department', opening: '', overview: [], problems: '', other: '', cells: {}, manualTotals: [] }
    const message = `读取报告时出现意外错误（${e instanceof Error ? e.message : String(e)}），未能导入`
    return { template: first, content, provenance: {}, findings: [{ kind: 'unrecognised', severity: 'error', message }], yearNeedsConfirmation: true }
  }
}

function run(doc: ReadDocument, formats: readonly ReportTemplate[], first: ReportTemplate, opts: ImportOptions): ImportOutcome {
  const blocks = Array.isArray(doc?.blocks) ? doc.blocks : []
  const findings: Finding[] = []
  const text = (message: string, severity: Finding['severity'] = 'warning') => findings.push({ kind: 'text', severity, message })
  for (const n of doc?.notices ?? []) findings.push({ kind: 'format', severity: 'info', message: n })

  const byLabels = formatByLabels(formats, blocks.flatMap((b) => (b.kind === 'table' ? [b] : [])))
  let walk = walkDocument(blocks, byLabels?.template ?? first)
  const notices: string[] = []
  const title = parseTitle(walk.prelude, notices)

  // the year: confirmed by the user, else the title, else guessed and to be confirmed
  let year: number
  let yearNeedsConfirmation = false
  if (opts.year !== undefined) year = opts.year
  else if (title.year !== undefined) year = title.year
  else {
    const fallback = (opts.today ?? new Date()).getFullYear() - 1
    const guess = guessYear([...walk.prelude, ...walk.partLines.flat()], fallback)
    year = guess.year
    yearNeedsConfirmation = true
    findings.push({ kind: 'format', severity: 'warning', message: `标题中没有年度，已按${guess.from}取${year}年，请确认报告年度` })
  }

  const byYear = formats.find((f) => inRange(f, year))
  const template = byLabels?.template ?? byYear ?? first
  if (byLabels && byYear && byLabels.template !== byYear) {
    findings.push({
      kind: 'format',
      severity: 'warning',
      ruleId: 'S-3',
      message: `${year}年度的报告应使用${byYear.title}，但表格是按${byLabels.template.title}印制的，已按表格的格式读取，请核对`,
    })
  } else if (!byYear) {
    findings.push({ kind: 'format', severity: 'warning', ruleId: 'S-3', message: `报告年度${year}不适用${template.title}，请核对年度` })
  }
  if (template !== (byLabels?.template ?? first)) walk = walkDocument(blocks, template)
  findings.push(...walk.findings)
  for (const n of notices.splice(0)) text(n)

  const cells: CellTexts = {}
  const provenance: Provenance = {}
  let openingLines = walk.prelude.slice(title.used)
  let overview: Subsection[] = []
  let problems = ''
  let other = ''

  template.parts.forEach((part, i) => {
    let own = walk.partLines[i] ?? []
    if (part.kind === 'overview' && !walk.found.has(i)) {
      // heading lost: part 一 starts at the first （一）/1. line of the opening
      const start = openingLines.findIndex(isSubsectionHeading)
      if (start >= 0) {
        own = [...openingLines.slice(start), ...own]
        openingLines = openingLines.slice(0, start)
      }
    }
    if (!walk.found.has(i) && part.kind !== 'table') text(`未找到第${i + 1}部分标题「${part.heading}」`)
    switch (part.kind) {
      case 'overview':
        overview = parseOverview(own, [...part.topics, ...(part.governmentTopic ? [part.governmentTopic] : [])], notices)
        break
      case 'table': {
        if (own.length > 0) findings.push({ kind: 'unrecognised', severity: 'warning', message: `${part.heading}：表格外的文字「${excerpt(own.join(''))}」未导入` })
        const rt = walk.tables.get(part.table)
        if (!rt) {
          for (const row of templateTable(part.table).rows) {
            for (const input of row.inputs) {
              setCell(cells, input.path, '')
              provenance[input.path] = { where: '', table: part.table.name, rowLabel: input.rowLabels.at(-1) ?? '', columnLabel: input.columnLabels.join('·'), raw: '', how: 'missing' }
            }
          }
          findings.push({ kind: 'cell', severity: 'error', message: `未找到${part.table.name}（${part.heading}），请手工填写` })
          break
        }
        const out = readTable(templateTable(part.table), rt)
        for (const [path, value] of out.values) setCell(cells, path, value)
        for (const [path, p] of out.provenance) provenance[path] = p
        findings.push(...out.findings)
        break
      }
      case 'text':
        problems = joinParagraphs(own)
        if (!problems) text(`「${part.heading}」没有读到文字`)
        break
      case 'other': {
        other = joinParagraphs(own)
        if (!other) text(`「${part.heading}」没有读到文字`)
        if (part.fees) {
          const feeNotices: string[] = []
          const fees = parseFees(other, part.fees, feeNotices)
          for (const n of feeNotices) text(n)
          for (const f of part.fees.fields) {
            const path = feeCellPath(part.fees.group, f.id)
            const raw = fees[f.id]
            const reading = raw === undefined ? undefined : normalizeCell(raw, f.cellKind)
            const value = reading?.status === 'ok' ? reading.text : ''
            setCell(cells, path, value)
            provenance[path] = { where: part.heading, table: '第六部分', rowLabel: f.label, columnLabel: f.unit, raw: raw === undefined ? '' : excerpt(other, 60), how: raw === undefined ? 'missing' : 'read' }
          }
          // the sentence the app prints from these figures (its own .docx, or a report written from the
          // same model): kept as the figures, not also as text, or it would be printed twice
          const sentence = feeSentence(part, cells)
          const [firstParagraph, ...rest] = other.split('\n')
          if (sentence && firstParagraph === sentence && rest.length > 0) other = rest.join('\n')
        }
        break
      }
    }
    for (const n of notices.splice(0)) text(n)
  })
  if (overview.length === 0) text('总体情况没有读到文字')

  const agency = title.agency ?? ''
  const content: ReportContent = {
    agency,
    year,
    unitType: /人民政府$/.test(agency) ? 'government' : 'department',
    opening: joinParagraphs(openingLines),
    overview,
    problems,
    other,
    cells,
    // a published report prints its totals: keep them, so that the rules check them rather than recompute
    manualTotals: template.parts.flatMap((p) => (p.kind === 'table' ? [p.table.id] : [])),
  }
  return { template, content, provenance, findings, yearNeedsConfirmation }
}
