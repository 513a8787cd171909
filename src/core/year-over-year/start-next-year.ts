import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ReportTemplate } from '../template/types'
import { withCellTexts } from '../values/cell-texts'
import { newContent, openingParagraph, requiredTopics } from '../values/new-content'
import type { Basis, ReportContent, Subsection } from '../values/types'
import { basisFrom } from './basis'
import { carriedCells, carriedValue } from './carry-over'

export interface NextYear {
  readonly content: ReportContent
  readonly basis: Basis
  /** what last year's report had that this year's format cannot take (X-4), in plain Chinese */
  readonly notCarried: readonly string[]
}

/** Years of the text moved on by one: 「统计期限自2023年1月1日」 → 2024; other years stay. */
export function moveYears(text: string, from: number): string {
  return text.replace(/(?<!\d)(\d{4})(?=\s*年)/gu, (y) => (Number(y) === from ? String(from + 1) : y))
}

/** Part 一's sub-sections: last year's titles (bodies empty), the format's own names where last year used the default. */
function nextOverview(last: ReportContent, lastTemplate: ReportTemplate, next: ReportTemplate): Subsection[] {
  const topics = requiredTopics(next, last.unitType)
  const oldTopics = requiredTopics(lastTemplate, last.unitType)
  const out: Subsection[] = last.overview.map((s) => {
    const now = s.topicId ? topics.find((t) => t.id === s.topicId) : undefined
    const wasDefault = oldTopics.some((t) => t.id === s.topicId && t.title === s.title)
    const title = now && wasDefault ? now.title : s.title
    return now ? { id: s.id, title, body: '', topicId: now.id } : { id: s.id, title, body: '' }
  })
  for (const t of topics) {
    if (!out.some((s) => s.topicId === t.id)) out.push({ id: uniqueId(out, t.id), title: t.title, body: '', topicId: t.id })
  }
  return out
}

function uniqueId(list: readonly Subsection[], id: string): string {
  let n = 1
  let candidate = id
  while (list.some((s) => s.id === candidate)) candidate = `${id}-${++n}`
  return candidate
}

/** What last year's format has and this year's does not, by row (the 2019 → 2021 switch). */
export function notCarriedAcross(lastTemplate: ReportTemplate, next: ReportTemplate): string[] {
  if (lastTemplate.id === next.id) return []
  const nextCells = compileTemplate(next).cells
  const rows = new Map<string, string[]>()
  for (const info of compileTemplate(lastTemplate).cells.values()) {
    if (nextCells.has(info.path)) continue
    const row = info.name.replace(/「[^」]*」$/u, '')
    const col = info.name.match(/「([^」]*)」$/u)?.[1] ?? ''
    const list = rows.get(row) ?? []
    list.push(col)
    rows.set(row, list)
  }
  const out = [...rows].map(([row, cols]) => `${row}的${cols.map((c) => `“${c}”`).join('、')}`)
  const kept = carriedCells(next).length
  out.push(`${lastTemplate.title.split('（')[0]}与${next.title.split('（')[0]}的表二不同：表二的数字不接续核对，只核对两种格式共有的表三（共${kept}项结转）`)
  return out
}

/**
 * The report of the year after `last`: same agency and unit type, the opening with its years moved
 * on, part 一's titles, the carried cells (上年结转, 2019's 上一年项目数量) filled from last year, and
 * last year's report attached as the basis. Nothing of last year's texts is reused silently.
 */
export function startNextYear(lastTemplate: ReportTemplate, last: ReportContent, next: ReportTemplate, source: string): NextYear {
  const year = last.year + 1
  const basis = basisFrom(lastTemplate, last, source)
  const blank = newContent(next, { agency: last.agency, year, unitType: last.unitType })
  const entries: [CellPath, string][] = []
  for (const carry of carriedCells(next)) {
    const v = carriedValue(carry, basis)
    if (v !== null) entries.push([carry.path, v])
  }
  const opening = last.opening.trim() && last.opening.trim() !== openingParagraph(last.year) ? moveYears(last.opening, last.year) : blank.opening
  const content: ReportContent = {
    ...blank,
    opening,
    overview: nextOverview(last, lastTemplate, next),
    cells: withCellTexts({}, entries),
    basis,
  }
  return { content, basis, notCarried: notCarriedAcross(lastTemplate, next) }
}
