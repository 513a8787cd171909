import { col, colGroup, row } from '../../src/core/template/builders'
import type { ColumnLeaf, GridTable } from '../../src/core/template/types'

/** The five outcome columns each group of 表四 repeats; `total` is computed. */
export const T4_OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const

export const T4_GROUPS = ['review', 'direct', 'after_review'] as const
export type T4Group = (typeof T4_GROUPS)[number]

function outcomes(group: T4Group): ColumnLeaf[] {
  return T4_OUTCOMES.map(([id, label]) => col(`${group}_${id}`, label))
}

/** 表四 政府信息公开行政复议、行政诉讼情况 (spec §2.5); identical in 2019 and 2021. */
export const reviewLitigationTable: GridTable = {
  kind: 'grid',
  id: 't4',
  name: '表四',
  hideRowLabels: true,
  columns: [
    colGroup('行政复议', outcomes('review')),
    colGroup('行政诉讼', [colGroup('未经复议直接起诉', outcomes('direct')), colGroup('复议后起诉', outcomes('after_review'))]),
  ],
  rows: [row('cases', '件数')],
  columnWidths: Array.from({ length: 15 }, () => 590),
  screenWidth: 'wide',
}
