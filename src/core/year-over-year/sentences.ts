import { lastYearOf, type LastYear } from '../rules/cross-year'
import { formatScaled, toScaled } from '../rules/format-number'
import type { Evaluation } from '../rules/types'
import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ClauseTemplate, Figure, ReportTemplate, SentenceSources } from '../template/types'
import type { Basis, SentenceKind } from '../values/types'

export type Drafted = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

const SENTENCE_TOPICS: Readonly<Record<SentenceKind, string>> = {
  applications: '依申请公开情况',
  review: '行政复议、行政诉讼情况',
  proactive: '主动公开的规范性文件等',
}

/** 「依申请公开情况（表三）」: what a drafted sentence is about, with the table it is drafted from as the template names it. */
export function sentenceLabel(kind: SentenceKind, template: ReportTemplate): string {
  const src = template.sentences
  const cell = !src ? undefined : kind === 'applications' ? src.applications.received : kind === 'review' ? src.review[0]?.total : Object.values(src.proactive[0]?.cells ?? {})[0]
  const compiled = compileTemplate(template)
  const table = cell === undefined ? undefined : compiled.tables.get(compiled.cells.get(cell)?.tableId ?? '')?.table.name
  return table ? `${SENTENCE_TOPICS[kind]}（${table}）` : SENTENCE_TOPICS[kind]
}

/** A figure the sentence needs is not filled: `cell` says which table to fill. */
class Blank extends Error {
  readonly cell: CellPath
  constructor(cell: CellPath) {
    super(cell)
    this.cell = cell
  }
}

type Figures = Pick<Evaluation, 'cells' | 'computed'>

/**
 * Scaled figures of the tables. A blank or unreadable cell stops the sentence (it would state a wrong
 * number), also one under a computed total, which adds up only the filled cells.
 */
function reader(template: ReportTemplate, figures: Figures) {
  const { computedBy } = compileTemplate(template)
  const filled = (c: CellPath): boolean => {
    const s = figures.cells.get(c)
    if (!s || s.status !== 'ok') return false
    const rule = figures.computed.has(c) ? computedBy.get(c) : undefined
    return !rule || rule.right.cells.every(filled)
  }
  return (cells: readonly CellPath[]): number => {
    let sum = 0
    for (const c of cells) {
      const s = figures.cells.get(c)
      if (!s || s.status !== 'ok' || !filled(c)) throw new Blank(c)
      sum += toScaled(s.value)
    }
    return sum
  }
}

const n = (scaled: number) => formatScaled(scaled)

/** 「同比增加2件（增长25.0%）」, 「同比减少2件（下降25.0%）」, 「与上年持平」. */
function yearOnYear(now: number, before: number): string {
  if (now === before) return '，与上年持平'
  const d = Math.abs(now - before)
  const pct = before > 0 ? `（${now > before ? '增长' : '下降'}${((d / before) * 100).toFixed(1)}%）` : ''
  return `，同比${now > before ? '增加' : '减少'}${n(d)}件${pct}`
}

function listOf(figures: readonly Figure[], sum: (c: readonly CellPath[]) => number, sep = '、'): string {
  return figures
    .map((f) => [f.label, sum(f.cells)] as const)
    .filter(([, v]) => v !== 0)
    .map(([label, v]) => `${label}${n(v)}件`)
    .join(sep)
}

function applications(src: SentenceSources['applications'], sum: (c: readonly CellPath[]) => number, last: LastYear | null): string {
  const received = sum([src.received])
  const carried = sum([src.carriedOver])
  const done = sum([src.done])
  const forward = sum([src.carriedForward])
  const before = last ? last(src.received) : null
  const yoy = before === null ? '' : yearOnYear(received, toScaled(before))
  const first = received === 0 ? `本年度未收到政府信息公开申请${yoy}` : `本年度共收到政府信息公开申请${n(received)}件${yoy}`
  const carriedText = carried === 0 ? '无上年结转申请' : `上年结转${n(carried)}件`
  if (received === 0 && carried === 0 && done === 0 && forward === 0) return `${first}；${carriedText}。`
  const detail = listOf(src.outcomes, sum)
  return `${first}；${carriedText}。已办结${n(done)}件${detail ? `，其中${detail}` : ''}；结转下年度${n(forward)}件。`
}

const paren = (inner: string) => (inner ? `（${inner}）` : '')

function review(groups: SentenceSources['review'], sum: (c: readonly CellPath[]) => number): string {
  const totals = groups.map((g) => sum([g.total]))
  if (totals.every((t) => t === 0)) return '本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'
  const [reviewGroup, ...litigation] = groups
  const parts: string[] = []
  if (reviewGroup) {
    const t = totals[0] ?? 0
    parts.push(t === 0 ? '未被申请行政复议' : `被申请行政复议${n(t)}件${paren(listOf(reviewGroup.outcomes, sum, '，'))}`)
  }
  const lit = litigation.map((g, i) => [g, totals[i + 1] ?? 0] as const).filter(([, t]) => t > 0)
  const litTotal = lit.reduce((s, [, t]) => s + t, 0)
  parts.push(
    litTotal === 0 ? '未被提起行政诉讼' : `被提起行政诉讼${n(litTotal)}件${paren(lit.map(([g, t]) => `${g.label.replace(/^行政诉讼（|）$/gu, '')}${n(t)}件${listOf(g.outcomes, sum, '，') ? `：${listOf(g.outcomes, sum, '，')}` : ''}`).join('；'))}`,
  )
  return `本年度因政府信息公开工作${parts.join('，')}。`
}

function clause(c: ClauseTemplate, sum: (c: readonly CellPath[]) => number, last: LastYear | null): string | null {
  const values = Object.fromEntries(Object.entries(c.cells).map(([k, p]) => [k, sum([p])]))
  if (c.skipIfZero && Object.values(values).every((v) => v === 0)) return null
  let text = c.text.replace(/\[([^\]]*)\]/gu, (_, inner: string) => {
    if (!last) return ''
    const ok = [...inner.matchAll(/\{last:(\w+)\}/gu)].every((m) => {
      const p = c.cells[m[1] ?? '']
      return p !== undefined && last(p) !== null
    })
    return ok ? inner : ''
  })
  text = text.replace(/\{last:(\w+)\}/gu, (_, k: string) => formatScaled(toScaled(last?.(c.cells[k] as CellPath) ?? 0)))
  return text.replace(/\{(\w+)\}/gu, (_, k: string) => n(values[k] ?? 0))
}

function proactive(clauses: readonly ClauseTemplate[], sum: (c: readonly CellPath[]) => number, last: LastYear | null): string {
  const parts = clauses.map((c) => clause(c, sum, last)).filter((t): t is string => t !== null)
  return `本年度${parts.join('；')}。`
}

/**
 * A sentence drafted from the tables, in the published reports' usual phrasing; 同比 only with last
 * year's report attached (of the year before). Needs the figures it names to be filled.
 */
export function draftSentence(kind: SentenceKind, template: ReportTemplate, figures: Figures, year: number, basis?: Basis): Drafted {
  const src = template.sentences
  if (!src) return { ok: false, message: '此格式没有可生成的句子' }
  const last = basis && basis.year === year - 1 ? lastYearOf(basis) : null
  const sum = reader(template, figures)
  try {
    if (kind === 'applications') return { ok: true, text: applications(src.applications, sum, last) }
    if (kind === 'review') return { ok: true, text: review(src.review, sum) }
    return { ok: true, text: proactive(src.proactive, sum, last) }
  } catch (e) {
    if (!(e instanceof Blank)) throw e
    const table = compileTemplate(template).cells.get(e.cell)?.tableId
    const name = (table && compileTemplate(template).tables.get(table)?.table.name) ?? '表格'
    return { ok: false, message: `${name}还有空白或无法识别的单元格，填完后才能生成这句话` }
  }
}
