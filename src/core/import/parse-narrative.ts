/** Part 一 sub-sections (Q10, Q11) and the 信息处理费 figures of part 六 (spec §2.7). */
import type { FeeFields, Topic } from '../template/types'
import type { Subsection } from '../values/types'
import { canonical } from './text'

const CN_DIGITS = '一二三四五六七八九'

/** 一 → 1 … 十九 → 19; 0 when not a numeral. */
function chineseOrdinal(s: string): number {
  if (s === '十') return 10
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s)
  if (m) return (m[1] ? CN_DIGITS.indexOf(m[1]) + 1 : 1) * 10 + (m[2] ? CN_DIGITS.indexOf(m[2]) + 1 : 0)
  return s.length === 1 ? CN_DIGITS.indexOf(s) + 1 : 0
}

/** Sub-heading styles (Q11), tried in this order; the first one found in part 一 is the one used. */
const STYLES: readonly { re: RegExp; ordinal: (m: string) => number }[] = [
  { re: /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*/, ordinal: chineseOrdinal },
  { re: /^(\d{1,2})\s*[.．、](?!\d)\s*/, ordinal: Number },
]

const MAX_TITLE = 30

/** A heading's text after the numbering: 「组织领导。认真…」 → title 组织领导, body 认真…. */
function splitRunIn(rest: string): { title: string; body: string } {
  const stop = rest.indexOf('。')
  if (stop >= 0 && stop <= MAX_TITLE) return { title: rest.slice(0, stop).trim(), body: rest.slice(stop + 1).trim() }
  if (stop < 0 && rest.length <= MAX_TITLE) return { title: rest.replace(/[：:]$/, '').trim(), body: '' }
  const colon = rest.search(/[：:]/)
  if (colon > 0 && colon <= MAX_TITLE) return { title: rest.slice(0, colon).trim(), body: rest.slice(colon + 1).trim() }
  return { title: '', body: rest }
}

/**
 * Part 一 as sub-sections. `lines` are the cleaned, non-empty paragraphs. Text before the first
 * sub-heading becomes an untitled sub-section.
 */
export function parseOverview(lines: readonly string[], topics: readonly Topic[], notices: string[]): Subsection[] {
  const style = STYLES.find((s) => lines.some((l) => s.re.test(l)))
  const drafts: { title: string; body: string[] }[] = []
  let lastOrdinal = 0
  for (const line of lines) {
    const m = style?.re.exec(line)
    const ordinal = m && style ? style.ordinal(m[1] ?? '') : 0
    if (m && ordinal > lastOrdinal) {
      lastOrdinal = ordinal
      const { title, body } = splitRunIn(line.slice(m[0].length))
      if (!title) notices.push(`总体情况第${drafts.length + 1}个小标题「${line.slice(0, 12)}…」未能分出标题，已整段作为正文`)
      drafts.push({ title, body: body ? [body] : [] })
    } else {
      const current = drafts.at(-1)
      if (current) current.body.push(line)
      else {
        drafts.push({ title: '', body: [line] })
        notices.push(style ? '总体情况开头有一段没有小标题的文字，已作为无标题小节导入' : '总体情况没有（一）（二）…小标题，已整体作为一个无标题小节导入')
      }
    }
  }
  const used = new Set<string>()
  return drafts.map((d, i) => {
    const topic = d.title
      ? topics.find((t) => !used.has(t.id) && (t.keywords ?? [t.title]).some((k) => d.title.includes(k)))
      : undefined
    if (topic) used.add(topic.id)
    const base = { id: `imp-${i + 1}`, title: d.title, body: d.body.join('\n') }
    return topic ? { ...base, topicId: topic.id } : base
  })
}

/** Does this line start a part-一 sub-section (used when the part-一 heading itself is missing)? */
export function isSubsectionHeading(line: string): boolean {
  return STYLES.some((s) => s.re.test(line))
}

/** The number before a field's unit in a clause, with the unit as printed (「1.5万元」): normalizeCell converts it to the field's unit, as it does typed text. */
function figureIn(clause: string, unit: string): string | undefined {
  const m = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万?)${unit}`, 'u').exec(clause)
  return m ? `${m[1] ?? '0'}${m[2] ?? ''}${unit}` : undefined
}

/** 「0」「0件」「0.00元」 */
const isZero = (figure: string | undefined) => figure !== undefined && /^0+(?:\.0+)?\D*$/u.test(figure)

const test = (source: string | undefined, text: string) => source !== undefined && new RegExp(source, 'u').test(text)

/**
 * The fee figures of part 六, keyed by field id, read as each field's `read` says (templates: fees).
 * The template's all-zero wording sets every figure; otherwise each is read from its clause (N件, X元),
 * amounts with their unit as printed, for normalizeCell to read.
 */
export function parseFees(text: string, fees: FeeFields, notices: string[]): Record<string, string> {
  const found: Record<string, string> = {}
  const flat = canonical(text)
  const fields = fees.fields.filter((f) => f.read)
  if (test(fees.readAllZero, flat)) {
    for (const f of fields) found[f.id] = '0'
    return found
  }
  const seen = new Set<string>()
  for (const clause of flat.split(/[。；;，,]/)) {
    for (const f of fields) {
      const r = f.read
      if (!r) continue
      if (r.after !== undefined && test(r.after, clause)) seen.add(f.id)
      if (found[f.id] !== undefined || !test(r.clause, clause) || test(r.unless, clause)) continue
      if (r.after !== undefined && !seen.has(f.id)) continue
      const figure = figureIn(clause, f.unit)
      if (figure !== undefined) found[f.id] = figure
    }
  }
  const none = test(fees.readNone, flat)
  for (const f of fields) {
    if (found[f.id] !== undefined) continue
    if (none) {
      found[f.id] = '0'
      notices.push(`第六部分称未发生收费，「${f.label}」按0导入`)
    } else if (f.read?.zeroWith !== undefined && isZero(found[f.read.zeroWith])) {
      found[f.id] = '0'
      const other = fees.fields.find((g) => g.id === f.read?.zeroWith)
      notices.push(`第六部分${other?.label ?? ''}为0，「${f.label}」按0导入`)
    } else {
      notices.push(`第六部分未读到「${f.label}」，请填写`)
    }
  }
  return found
}
