import { cellPath } from '../../src/core/template/cell-path'
import { columnLeaves, rowLeaves } from '../../src/core/template/tree'
import type { GridTable, Rule } from '../../src/core/template/types'
import { T3_APPLICANT_COLUMNS } from '../tables/t3-applications'

const RESULT_GROUP = '三、本年度办理结果'

/** Short row name for messages: 「（三）不予公开 1.属于国家秘密」 rather than the whole path. */
function rowSubject(groups: readonly string[], label: string): string {
  const inner = groups.filter((g) => g !== RESULT_GROUP)
  return [...inner, label].join(' ')
}

/** T3-1, T3-2, T3-3 of spec §4.2 for every column and row of 表三. */
export function applicationsRules(t3: GridTable): Rule[] {
  const p = (row: string, col: string) => cellPath(t3.id, row, col)
  const rows = rowLeaves(t3.rows)
  const resultRows = rows.filter((r) => r.groups.includes(RESULT_GROUP) && r.leaf.id !== 'r_total').map((r) => r.leaf.id)
  const columns = columnLeaves(t3.columns).map((c) => c.leaf)

  const t31: Rule[] = columns.map((c) => ({
    kind: 'sum',
    id: 'T3-1',
    key: `T3-1/${c.id}`,
    severity: 'error',
    subject: c.label,
    statement: '第一项加第二项之和，应等于第三项（七）总计加第四项之和',
    left: { label: '一+二', cells: [p('new_received', c.id), p('carried_over', c.id)] },
    right: { label: '三（七）+四', cells: [p('r_total', c.id), p('carried_forward', c.id)] },
  }))
  const t32: Rule[] = columns.map((c) => ({
    kind: 'sum',
    id: 'T3-2',
    key: `T3-2/${c.id}`,
    severity: 'error',
    subject: c.label,
    statement: '（七）总计应等于（一）至（六）各项之和',
    left: { label: '（七）总计', cells: [p('r_total', c.id)] },
    right: { label: '（一）至（六）之和', cells: resultRows.map((r) => p(r, c.id)) },
    // the 总计 column's （七） cell is already computed across its row (T3-3): one definition per cell
    computes: c.id !== 'total',
  }))
  const t33: Rule[] = rows.map((r) => ({
    kind: 'sum',
    id: 'T3-3',
    key: `T3-3/${r.leaf.id}`,
    severity: 'error',
    subject: rowSubject(r.groups, r.leaf.label),
    statement: '总计应等于各类申请人之和',
    left: { label: '总计', cells: [p(r.leaf.id, 'total')] },
    right: { label: '各类申请人之和', cells: T3_APPLICANT_COLUMNS.map((c) => p(r.leaf.id, c)) },
    computes: true,
  }))
  return [...t31, ...t32, ...t33]
}
