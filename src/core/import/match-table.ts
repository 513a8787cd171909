/**
 * Identifies a table block by its labels and reads its numeric cells (spec §8 Q2, Q3, Q12, Q14).
 *
 * Positions are unreliable (merged cells appear once or as empty cells), so a printed row is matched by
 * its last label cell, compared with all whitespace removed, and its numbers are the trailing cells.
 */
import { layoutTable } from '../layout/layout-table'
import type { LayoutInputCell } from '../layout/types'
import type { CellPath, TableDef } from '../template/types'
import type { BlockRow } from './split-blocks'
import { canonical, hasDigits, isValueLike, readValue } from './text'

interface TemplateRow {
  readonly rowLabels: readonly string[]
  readonly inputs: readonly LayoutInputCell[]
}

function templateRows(table: TableDef): TemplateRow[] {
  const out: TemplateRow[] = []
  for (const r of layoutTable(table).rows) {
    const inputs = r.cells.filter((c): c is LayoutInputCell => c.kind === 'input')
    const first = inputs[0]
    if (first) out.push({ rowLabels: first.rowLabels, inputs })
  }
  return out
}

/** Every printed label of the table, canonical. */
function tableLabels(table: TableDef): Set<string> {
  const labels = new Set<string>()
  for (const r of layoutTable(table).rows) {
    for (const c of r.cells) {
      const text = c.kind === 'text' ? c.text : c.rowLabels.at(-1) ?? ''
      if (text) labels.add(canonical(text))
    }
  }
  return labels
}

/** Q14: the table whose labels the block prints most often (at least two distinct ones). */
export function identifyTable(tables: readonly TableDef[], rows: readonly BlockRow[]): TableDef | undefined {
  const cells = new Set(rows.flat().map(canonical).filter((c) => c !== ''))
  let best: TableDef | undefined
  let bestScore = 1
  for (const table of tables) {
    const labels = tableLabels(table)
    let score = 0
    for (const c of cells) if (labels.has(c)) score++
    if (score > bestScore) {
      best = table
      bestScore = score
    }
  }
  return best
}

const NUMBERING = /^(?:\d+[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/
/** A looser key: no numbering prefix, no punctuation (parenthesised words are kept). */
function looseKey(label: string): string {
  return canonical(label)
    .replace(NUMBERING, '')
    .replace(/[“”"'‘’「」、，,。.：:；;()]/g, '')
}

/** Splits a printed row into its label cells and its trailing value cells. */
function splitRow(row: BlockRow): { labels: string[]; values: string[] } {
  let i = row.length
  while (i > 0 && isValueLike(row[i - 1] ?? '')) i--
  return { labels: row.slice(0, i).filter((c) => canonical(c) !== ''), values: row.slice(i) }
}

function cellName(table: TableDef, input: LayoutInputCell): string {
  const row = input.rowLabels.at(-1)
  const cols = row ? input.columnLabels.slice(-1) : input.columnLabels.slice(-2)
  return `${table.name}${row ? `「${row}」` : ''}「${cols.join('·')}」`
}

/** The printed cells of one table: cell path → text to store. Problems go to `notices`. */
export function readTable(table: TableDef, rows: readonly BlockRow[], notices: string[]): Map<CellPath, string> {
  const out = new Map<CellPath, string>()
  const tRows = templateRows(table)
  const done = new Set<TemplateRow>()

  const fill = (tr: TemplateRow, values: readonly string[], what: string) => {
    const n = tr.inputs.length
    if (values.length < n) {
      notices.push(`${table.name}${what}只读到${values.length}个数值单元格，应为${n}个，该行未导入`)
      return
    }
    if (values.length > n) notices.push(`${table.name}${what}有${values.length}个数值单元格，多于${n}个，已取最后${n}个`)
    const last = values.slice(values.length - n)
    tr.inputs.forEach((input, k) => {
      const reading = readValue(last[k] ?? '', input.cellKind)
      out.set(input.path, reading.text)
      if (reading.notice) notices.push(`${cellName(table, input)}${reading.notice}`)
    })
    done.add(tr)
  }

  if (tRows.every((tr) => tr.rowLabels.length === 0)) {
    // 表四: no row labels; data rows are rows made only of numbers, in template order
    let next = 0
    for (const row of rows) {
      if (row.length === 0 || !row.every((c) => isValueLike(c)) || !row.some(hasDigits)) continue
      const tr = tRows[next++]
      if (tr) fill(tr, row, '数据行')
      else notices.push(`${table.name}多出一行数字，已忽略`)
    }
  } else {
    const seen: string[] = []
    for (const row of rows) {
      const { labels, values } = splitRow(row)
      const label = labels.at(-1)
      for (const l of labels) seen.push(canonical(l))
      if (!label) {
        if (values.some(hasDigits)) notices.push(`${table.name}有一行数字没有行标题，已忽略`)
        continue
      }
      const numeric = values.length > 0 && values.some(hasDigits)
      const candidates = findCandidates(tRows, label, numeric)
      if (!candidates) {
        if (numeric) notices.push(`${table.name}中未识别的行「${canonical(label)}」，已忽略`)
        continue
      }
      const open = candidates.rows.filter((tr) => !done.has(tr))
      if (open.length === 0) {
        notices.push(`${table.name}「${canonical(label)}」行重复出现，已取第一次的数值`)
        continue
      }
      const tr = pickByContext(open, seen)
      const printed = tr.rowLabels.at(-1) ?? ''
      if (candidates.lenient) notices.push(`${table.name}的行「${canonical(label)}」按「${printed}」读取`)
      fill(tr, values, `「${printed}」行`)
    }
  }

  for (const tr of tRows) {
    if (done.has(tr)) continue
    const label = tr.rowLabels.at(-1)
    notices.push(label ? `${table.name}未读到「${label}」行的数值` : `${table.name}未读到数据行`)
  }
  return out
}

function findCandidates(
  tRows: readonly TemplateRow[],
  label: string,
  numeric: boolean,
): { rows: TemplateRow[]; lenient: boolean } | undefined {
  const key = canonical(label)
  const exact = tRows.filter((tr) => canonical(tr.rowLabels.at(-1) ?? '') === key)
  if (exact.length > 0) return { rows: exact, lenient: false }
  if (!numeric) return undefined
  const loose = looseKey(label)
  const same = tRows.filter((tr) => looseKey(tr.rowLabels.at(-1) ?? '') === loose)
  if (same.length > 0) return { rows: same, lenient: true }
  const contains = tRows.filter((tr) => {
    const t = looseKey(tr.rowLabels.at(-1) ?? '')
    return Math.min(t.length, loose.length) >= 4 && (t.includes(loose) || loose.includes(t))
  })
  return contains.length === 1 ? { rows: contains, lenient: true } : undefined
}

/** Among rows with the same label (e.g. 「3.其他」 in two groups), the one whose group was printed last. */
function pickByContext(rows: readonly TemplateRow[], seen: readonly string[]): TemplateRow {
  let best = rows[0] as TemplateRow
  let bestAt = -2
  for (const tr of rows) {
    const group = tr.rowLabels.at(-2)
    const at = group ? seen.lastIndexOf(canonical(group)) : -1
    if (at > bestAt) {
      best = tr
      bestAt = at
    }
  }
  return best
}
