import { cellPath } from '../../src/core/template/cell-path'
import { columnLeaves } from '../../src/core/template/tree'
import type { GridTable, Rule } from '../../src/core/template/types'
import { T4_GROUPS } from '../tables/t4-review-litigation'

/** X-1 (spec §4.5): this year's 上年结转 continues last year's 结转下年度, column by column; X-4: both formats share 表三. */
export function carryOverRules(t3: GridTable): Rule[] {
  const p = (row: string, col: string) => cellPath(t3.id, row, col)
  return columnLeaves(t3.columns).map(({ leaf: c }) => ({
    kind: 'crossYear',
    id: 'X-1',
    key: `X-1/${c.id}`,
    severity: 'warning',
    subject: `表三「${c.label}」列`,
    statement: '本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”',
    left: { label: '本年上年结转', cells: [p('carried_over', c.id)] },
    right: { label: '上年结转下年度', lastYear: [p('carried_forward', c.id)] },
  }))
}

/** 现行有效件数 continues last year's (2021 format on both sides; documents that lapse may break it). */
export function inForceRules(tableId: string): Rule[] {
  const p = (row: string, col: string) => cellPath(tableId, row, col)
  return (
    [
      ['regulations', '规章'],
      ['normative_docs', '行政规范性文件'],
    ] as const
  ).map(([row, label]) => ({
    kind: 'crossYear',
    id: 'X-2',
    key: `X-2/${row}`,
    severity: 'warning',
    subject: `表二「${label}」`,
    statement: '现行有效件数应等于上年现行有效件数加本年制发、减本年废止；自然失效的文件可能使两者不等',
    left: { label: '本年现行有效', cells: [p(row, 'in_force')] },
    right: { label: '上年现行有效＋本年制发−本年废止', lastYear: [p(row, 'in_force')], cells: [p(row, 'issued')], minus: [p(row, 'repealed')] },
  }))
}

/** the 2019 format's 上一年项目数量 is last year's 上一年项目数量 plus its 本年增/减. */
export function itemCountRules(tableId: string, rows: readonly (readonly [string, string])[]): Rule[] {
  const p = (row: string, col: string) => cellPath(tableId, row, col)
  return rows.map(([row, label]) => ({
    kind: 'crossYear',
    id: 'X-3',
    key: `X-3/${row}`,
    severity: 'warning',
    subject: `表二「${label}」`,
    statement: '上一年项目数量应等于上年报告的上一年项目数量加其本年增/减',
    left: { label: '本年“上一年项目数量”', cells: [p(row, 'prev_items')] },
    right: { label: '上年的上一年项目数量＋本年增/减', lastYear: [p(row, 'prev_items'), p(row, 'change')] },
  }))
}

/** cases last year's report left 尚未审结 should be accounted for this year. */
export function pendingHintRule(tableId: string): Rule {
  const p = (col: string) => cellPath(tableId, 'cases', col)
  return {
    kind: 'lastYearHint',
    id: 'X-5',
    key: 'X-5/pending',
    severity: 'warning',
    lastYear: T4_GROUPS.map((g) => p(`${g}_pending`)),
    cells: T4_GROUPS.map((g) => p(`${g}_pending`)),
    message: '上年报告有{n}件行政复议、行政诉讼尚未审结：请在第四部分或第五部分说明这些案件本年的结果',
  }
}
