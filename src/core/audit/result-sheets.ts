import type { CsvValue } from './csv'
import { FAMILIES, READ_STATUS_TEXT, type AuditRow } from './types'

const KIND_TEXT: Readonly<Record<AuditRow['kind'], string>> = {
  package: '数据包',
  draft: '本机草稿',
  docx: 'Word',
  html: '网页',
  pdf: 'PDF',
  text: '文本',
  zip: '压缩包',
  unknown: '未知',
}

export const REPORT_HEADER = ['机关名称', '年度', '格式', '来源文件', '文件类型', '读取状态', '原因', '错误', '警告', ...FAMILIES, '重复', '内容指纹（SHA-256）'] as const

/** Sheet 1 / the result CSV: one line per report. */
export function reportSheet(rows: readonly AuditRow[]): CsvValue[][] {
  return [
    [...REPORT_HEADER],
    ...rows.map((r) => [
      r.agency,
      r.year,
      r.formatTitle,
      r.source,
      KIND_TEXT[r.kind],
      READ_STATUS_TEXT[r.status],
      r.reason,
      r.errors,
      r.warnings,
      ...FAMILIES.map((f) => r.families[f]),
      r.duplicateOf && r.duplicateOf.length > 0 ? '重复' : '',
      r.fingerprint ?? '',
    ]),
  ]
}

export const PROBLEM_HEADER = ['机关名称', '年度', '来源文件', '规则', '类别', '级别', '单元格', '说明', '原文', '原文位置'] as const

/** Sheet 2 / the problems CSV: one line per problem, its cells by their printed labels. */
export function problemSheet(rows: readonly AuditRow[]): CsvValue[][] {
  const out: CsvValue[][] = [[...PROBLEM_HEADER]]
  for (const r of rows) {
    for (const p of r.problems) {
      const more = p.cells.length > p.cellLabels.length ? ` 等${p.cells.length}个单元格` : ''
      out.push([
        r.agency,
        r.year,
        r.source,
        p.ruleId,
        p.family,
        p.severity === 'error' ? '错误' : '提醒',
        `${p.cellLabels.join('；')}${more}`,
        p.message,
        p.evidence.map((e) => e.raw).join('；'),
        p.evidence.map((e) => e.where).join('；'),
      ])
    }
  }
  return out
}

/** The closing line of a batch: 「共 N 份：完整 a，部分 b，无法读取 c；有错误 d 份」. */
export function batchSummary(rows: readonly AuditRow[]): string {
  const count = (s: AuditRow['status']) => rows.filter((r) => r.status === s).length
  const withErrors = rows.filter((r) => r.errors > 0).length
  const dup = rows.filter((r) => r.duplicateOf && r.duplicateOf.length > 0).length
  return `共${rows.length}份：完整${count('complete')}，部分${count('partial')}，无法读取${count('unreadable')}；有错误${withErrors}份${dup > 0 ? `；重复${dup}份` : ''}`
}

/** One line per report for the command line. */
export function rowLine(r: AuditRow): string {
  if (r.status === 'unreadable') return `✘ ${r.source}：无法读取（${r.reason}）`
  const mark = r.errors > 0 ? '✘' : r.warnings > 0 ? '!' : '✔'
  const fams = FAMILIES.filter((f) => r.families[f] > 0).map((f) => `${f}${r.families[f]}`).join(' ')
  const partial = r.status === 'partial' ? `，部分读取（${r.reason}）` : ''
  const dup = r.duplicateOf && r.duplicateOf.length > 0 ? '，重复' : ''
  return `${mark} ${r.source}：${r.agency || '（无机关名称）'} ${r.year ?? ''}年度，错误${r.errors}，警告${r.warnings}${fams ? `（${fams}）` : ''}${partial}${dup}`
}
