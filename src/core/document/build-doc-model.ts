import { assertNever } from '../../lib/assert-never'
import type { Evaluation } from '../rules/types'
import type { Part, ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { docTable } from './doc-table'
import { feeSentence } from './fee-sentence'
import { subsectionHeading } from './numbering'
import type { DocBlock, DocModel } from './types'

export interface DocModelOptions {
  /** a draft (errors not yet corrected) carries a line saying so at its top */
  readonly draft?: boolean
}

/** The paragraphs of a text field: one per line, blank lines dropped, indentation typed by hand removed. */
export function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }))
}

export function titleLine(year: number): string {
  return `${year}年政府信息公开工作年度报告`
}

export function draftMark(errorCount: number): string {
  return errorCount > 0
    ? `【草稿】本文件尚有${errorCount}处错误未改正，不得作为正式报告发布`
    : '【草稿】本文件为草稿，不得作为正式报告发布'
}

function overviewBlocks(content: ReportContent): DocBlock[] {
  const out: DocBlock[] = []
  let n = 0
  for (const s of content.overview) {
    const body = paragraphs(s.body)
    // a sub-section without a title prints its text unnumbered rather than a bare 「（三）」
    if (s.title.trim() !== '') out.push({ kind: 'heading', level: 2, text: subsectionHeading(++n, s.title) })
    out.push(...body)
  }
  return out
}

function partBlocks(part: Part, content: ReportContent, evaluation: Evaluation): DocBlock[] {
  const heading: DocBlock = { kind: 'heading', level: 1, text: part.heading }
  switch (part.kind) {
    case 'overview':
      return [heading, ...overviewBlocks(content)]
    case 'table':
      return [heading, docTable(part.table, content.cells, evaluation)]
    case 'text':
      return [heading, ...paragraphs(content.problems)]
    case 'other': {
      const fee = feeSentence(part, content.cells)
      return [heading, ...(fee === undefined ? [] : paragraphs(fee)), ...paragraphs(content.other)]
    }
    default:
      return assertNever(part)
  }
}

/**
 * The report as renderer-neutral blocks: title, opening, the six parts with their headings, the
 * official tables with the values typed (totals as computed). The preview and the .docx draw this.
 */
export function buildDocModel(
  template: ReportTemplate,
  content: ReportContent,
  evaluation: Evaluation,
  options: DocModelOptions = {},
): DocModel {
  const blocks: DocBlock[] = [...paragraphs(content.opening)]
  for (const part of template.parts) blocks.push(...partBlocks(part, content, evaluation))
  const title = { agency: content.agency.trim(), line: titleLine(content.year) }
  return options.draft ? { title, draftMark: draftMark(evaluation.errorCount), blocks } : { title, blocks }
}
