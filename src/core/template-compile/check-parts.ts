import { sentenceFieldIds } from '../template/fee-placeholders'
import { SCREEN_WIDTHS, type FeeFields, type Part, type TableDef } from '../template/types'

/** The content of a draft has one field for each of these kinds of part, so a format has at most one. */
const ONE_EACH: readonly Part['kind'][] = ['overview', 'text', 'other']

export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))]
}

export function validPattern(source: string): boolean {
  try {
    new RegExp(source, 'u')
    return true
  } catch {
    return false
  }
}

const blank = (s: string | undefined) => s === undefined || s.trim() === ''

/** The parts: how many of each kind, headings and the wordings an importer matches, part 一's topics. */
export function partProblems(parts: readonly Part[]): string[] {
  const out: string[] = []
  if (parts.length === 0) out.push('parts 为空：格式至少要有一个部分')
  for (const kind of ONE_EACH) {
    const n = parts.filter((p) => p.kind === kind).length
    if (n > 1) out.push(`parts 中 kind「${kind}」出现${n}次：草稿只能保存一个这样的部分`)
  }
  for (const d of duplicates(parts.map((p) => p.id))) out.push(`部分 id「${d}」重复`)
  for (const p of parts) {
    if (blank(p.id)) out.push('有部分的 id 为空')
    if (blank(p.heading)) out.push(`部分「${p.id}」的标题为空`)
    for (const v of p.variants ?? []) if (blank(v)) out.push(`部分「${p.id}」的标题变体有空字符串`)
    for (const k of p.keywords ?? []) if (blank(k)) out.push(`部分「${p.id}」的标题关键词有空字符串`)
    if (p.kind === 'overview') {
      const topics = [...p.topics, ...(p.governmentTopic ? [p.governmentTopic] : [])]
      for (const d of duplicates(topics.map((t) => t.id))) out.push(`部分「${p.id}」的小节 id「${d}」重复`)
      for (const t of topics) {
        if (blank(t.title)) out.push(`部分「${p.id}」的小节「${t.id}」标题为空`)
        for (const k of t.keywords ?? []) if (blank(k)) out.push(`部分「${p.id}」的小节「${t.id}」关键词有空字符串`)
      }
    }
    if (p.kind === 'other' && p.fees) out.push(...feeProblems(p.fees, parts).map((m) => `部分「${p.id}」信息处理费：${m}`))
  }
  return out
}

/** The fee fields: ids, the sentence's `{id}` placeholders and the importer's patterns. */
export function feeProblems(fees: FeeFields, parts: readonly Part[]): string[] {
  const out: string[] = []
  const ids = fees.fields.map((f) => f.id)
  if (blank(fees.group)) out.push('group 为空')
  if (parts.some((p) => p.kind === 'table' && p.table.id === fees.group)) out.push(`group「${fees.group}」与表格 id 相同`)
  if (fees.fields.length === 0) out.push('没有字段')
  for (const d of duplicates(ids)) out.push(`字段 id「${d}」重复`)
  const named = sentenceFieldIds(fees)
  for (const id of named) if (!ids.includes(id)) out.push(`句式中的「{${id}}」不是字段 id（字段：${ids.join('、')}）`)
  for (const id of ids) if (!named.includes(id)) out.push(`字段「${id}」没有出现在句式中`)
  if (blank(fees.allZero)) out.push('allZero 句子为空')
  for (const [name, source] of [['readAllZero', fees.readAllZero], ['readNone', fees.readNone]] as const) {
    if (source !== undefined && !validPattern(source)) out.push(`${name} 不是有效的正则表达式`)
  }
  for (const f of fees.fields) {
    if (blank(f.label) || blank(f.unit)) out.push(`字段「${f.id}」的 label 或 unit 为空`)
    const r = f.read
    if (!r) continue
    for (const source of [r.clause, r.unless, r.after]) {
      if (source !== undefined && !validPattern(source)) out.push(`字段「${f.id}」的 read 中「${source}」不是有效的正则表达式`)
    }
    if (r.zeroWith !== undefined && (!ids.includes(r.zeroWith) || r.zeroWith === f.id)) out.push(`字段「${f.id}」的 zeroWith「${r.zeroWith}」不是另一个字段的 id`)
  }
  return out
}

/** Widths: positive numbers (their count is checkTiling's), and a screen width the app's styles know. */
export function widthProblems(table: TableDef): string[] {
  const out: string[] = []
  if (table.screenWidth !== undefined && !SCREEN_WIDTHS.includes(table.screenWidth)) {
    out.push(`${table.name}: screenWidth「${String(table.screenWidth)}」应为 ${SCREEN_WIDTHS.join(' 或 ')}`)
  }
  if (table.columnWidths?.some((w) => !Number.isFinite(w) || w <= 0)) out.push(`${table.name}: columnWidths 须全为正数`)
  return out
}
