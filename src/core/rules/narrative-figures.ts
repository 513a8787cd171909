import { compileTemplate } from '../template-compile/compile'
import { splitCellPath } from '../template/cell-path'
import type { CellPath, ReportTemplate } from '../template/types'
import { sumOf } from './check-rule'
import { formatScaled, toScaled } from './format-number'
import type { CellStates, Problem } from './types'
import { memoByText, quoteOf, type WrittenField } from './written-fields'

/** How the template names the table of these cells: 表三. */
function tableName(template: ReportTemplate, cells: readonly CellPath[]): string {
  const first = cells[0]
  const compiled = compileTemplate(template)
  return (first && compiled.tables.get(splitCellPath(first)[0])?.table.name) ?? '表格'
}

const CATEGORY = /(予以公开(?:[及和与、]部分公开)?|部分公开|不予公开|无法提供|不予处理|其他处理)[^。；，、\d]{0,4}?(\d+)\s*件(?:(?:[，,]\s*占[^\d。；]{0,8}?|[（(]\s*(?:占[^\d。；）)]{0,8}?)?)(\d+(?:\.\d+)?)\s*[%％])?/gu

interface Claim {
  readonly label: string
  readonly count: number
  readonly percent: string | null
  readonly quote: string
}

const NONE: readonly never[] = Object.freeze([])

// every claim ends its count with 件: a text without one is not scanned
const claimsOf = memoByText(
  (text: string): readonly Claim[] =>
    [...text.matchAll(CATEGORY)].map((m) => ({ label: m[1] ?? '', count: Number(m[2]), percent: m[3] ?? null, quote: quoteOf(m[0]) })),
  64,
  (t) => t.includes('件'),
  NONE,
)

/** Whether a stated percentage is the count's share of `base`, to the places it is written with. */
function sharesMatch(percent: string, count: number, base: number): boolean {
  if (base <= 0) return false
  const places = percent.split('.')[1]?.length ?? 0
  return Math.abs(Number(percent) - (count / base) * 100) <= 0.5 * 10 ** -places + 1e-9
}

/** The table of the first cell, as problems carry it. */
function tableOf(cells: readonly CellPath[]): { tableId?: string } {
  const first = cells[0]
  return first === undefined ? {} : { tableId: splitCellPath(first)[0] }
}

/** N-5 (spec §4.6): 表三's outcome categories and their shares, as the text states them. */
export function categoryProblems(template: ReportTemplate, fields: readonly WrittenField[], states: CellStates): Problem[] {
  const src = template.sentences?.applications
  if (!src) return []
  const out: Problem[] = []
  const done = sumOf(states, [src.done])
  const forward = sumOf(states, [src.carriedForward])
  for (const f of fields) {
    if (f.kind === 'opening') continue
    for (const claim of claimsOf(f.text)) {
      const labels = claim.label.includes('部分公开') && claim.label.startsWith('予以公开') ? ['予以公开', '部分公开'] : [claim.label]
      const figures = src.outcomes.filter((o) => labels.includes(o.label))
      const cells = figures.flatMap((o) => o.cells)
      const table = sumOf(states, cells)
      if (table === null || figures.length !== labels.length) continue
      const key = `N-5/${f.field}/${claim.label}/${out.length}`
      const stated = toScaled(claim.count)
      if (stated !== table) {
        const message = `${f.name}写“${claim.quote}”，但${tableName(template, cells)}“${labels.join('”“')}”为${formatScaled(table)}件，相差${formatScaled(Math.abs(stated - table))}件`
        out.push({ key, ruleId: 'N-5', severity: 'warning', partId: f.partId, cells, ...tableOf(cells), field: f.field, message })
        continue
      }
      if (claim.percent === null || done === null) continue
      const bases = [done, forward === null ? null : done + forward].filter((b): b is number => b !== null)
      if (bases.some((b) => sharesMatch(claim.percent as string, stated, b))) continue
      const share = done > 0 ? `${((stated / done) * 100).toFixed(1)}%` : '无法计算（办理总数为0）'
      const message = `${f.name}写“${claim.quote}”，按表三计算占比为${share}（${formatScaled(stated)}÷办理结果总计${formatScaled(done)}）`
      out.push({ key, ruleId: 'N-5', severity: 'warning', partId: f.partId, cells, ...tableOf(cells), field: f.field, message })
    }
  }
  return out
}

const UNIT = '[条件个篇项次]'
const ITEM = new RegExp(`(?<![增减长降比]\\D{0,3})(\\d+(?:\\.\\d+)?)\\s*(${UNIT})`, 'gu')

interface ListClaim {
  readonly total: number
  readonly sum: number
  readonly quote: string
}

/** 「主动公开信息109条。其中工作动态69条、机构职能9条…其他3条」: the total and what the list adds up to. */
const listsOf = memoByText((text: string): readonly ListClaim[] => {
  const out: ListClaim[] = []
  for (const m of text.matchAll(/其中/gu)) {
    const at = m.index ?? 0
    const end = text.slice(at).search(/[。；;\n]/u)
    const list = text.slice(at + 2, end < 0 ? undefined : at + end)
    const before = text.slice(Math.max(0, at - 80), at)
    // the total: in the same sentence, or alone in the sentence just before a list that opens one
    const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('\n'))
    const same = [...before.slice(sentenceStart + 1).matchAll(ITEM)]
    let total = same.at(-1)
    if (!total && sentenceStart >= 0 && /^[\s，,]*$/u.test(before.slice(sentenceStart + 1))) {
      const prev = before.slice(0, sentenceStart)
      const prevStart = Math.max(prev.lastIndexOf('。'), prev.lastIndexOf('；'), prev.lastIndexOf('\n'))
      const found = [...prev.slice(prevStart + 1).matchAll(ITEM)]
      if (found.length === 1) total = found[0]
    }
    if (!total) continue
    const items = [...list.matchAll(ITEM)].filter((i) => i[2] === total[2])
    if (items.length < 2) continue
    const sum = items.reduce((s, i) => s + toScaled(Number(i[1])), 0)
    const stated = toScaled(Number(total[1]))
    // a list may name only some items; one that ends with 其他/其余 claims to be complete
    if (sum > stated || (sum < stated && /其他|其余/u.test(list))) out.push({ total: stated, sum, quote: quoteOf(`${total[0]}…其中${list}`) })
  }
  return out
}, 64, (t) => t.includes('其中'), NONE)

/** N-6: a list adds up to the total it is given under. */
export function listProblems(fields: readonly WrittenField[]): Problem[] {
  return fields.flatMap((f) =>
    listsOf(f.text).map((l, i) => ({
      key: `N-6/${f.field}/${i}`,
      ruleId: 'N-6',
      severity: 'warning' as const,
      partId: partOf(f),
      cells: [],
      field: f.field,
      message: `${f.name}：“${l.quote}”所列各项之和为${formatScaled(l.sum)}，与所述总数${formatScaled(l.total)}不符`,
    })),
  )
}

export function partOf(f: WrittenField): string {
  return f.partId
}
