import { cellPath } from '../../src/core/template/cell-path'
import { rowLeaves } from '../../src/core/template/tree'
import type { ClauseTemplate, GridTable, ReviewGroup, SentenceSources } from '../../src/core/template/types'

const total = (t3: GridTable, row: string) => cellPath(t3.id, row, 'total')

/** 表三's outcome categories as published reports name them: 「予以公开2件、不予公开1件」. */
function outcomes(t3: GridTable) {
  const rows = rowLeaves(t3.rows)
  const group = (label: string) => rows.filter((r) => r.groups.includes(label) || r.leaf.label === label).map((r) => total(t3, r.leaf.id))
  return [
    { label: '予以公开', cells: [total(t3, 'r_granted')] },
    { label: '部分公开', cells: [total(t3, 'r_partial')] },
    { label: '不予公开', cells: group('（三）不予公开') },
    { label: '无法提供', cells: group('（四）无法提供') },
    { label: '不予处理', cells: group('（五）不予处理') },
    { label: '其他处理', cells: group('（六）其他处理') },
  ]
}

const t4 = (col: string) => cellPath('t4', 'cases', col)
const reviewOutcomes = (g: string) => [
  { label: '结果维持', cells: [t4(`${g}_upheld`)] },
  { label: '结果纠正', cells: [t4(`${g}_corrected`)] },
  { label: '其他结果', cells: [t4(`${g}_other`)] },
  { label: '尚未审结', cells: [t4(`${g}_pending`)] },
]
const REVIEW: readonly ReviewGroup[] = [
  { label: '行政复议', total: t4('review_total'), outcomes: reviewOutcomes('review') },
  { label: '行政诉讼（未经复议直接起诉）', total: t4('direct_total'), outcomes: reviewOutcomes('direct') },
  { label: '行政诉讼（复议后起诉）', total: t4('after_review_total'), outcomes: reviewOutcomes('after_review') },
]

const t2 = (row: string, col: string) => cellPath('t2', row, col)
const docs2021 = (row: string, name: string): ClauseTemplate => ({
  text: `制发${name}{issued}件、废止{repealed}件，现行有效${name}{in_force}件[（上年{last:in_force}件）]`,
  cells: { issued: t2(row, 'issued'), repealed: t2(row, 'repealed'), in_force: t2(row, 'in_force') },
  skipIfZero: true,
})

export const PROACTIVE_2021: readonly ClauseTemplate[] = [
  docs2021('regulations', '规章'),
  docs2021('normative_docs', '行政规范性文件'),
  {
    text: '作出行政许可决定{licensing}件、行政处罚决定{penalty}件、行政强制决定{coercion}件',
    cells: { licensing: t2('licensing', 'decisions'), penalty: t2('penalty', 'decisions'), coercion: t2('coercion', 'decisions') },
  },
  { text: '收取行政事业性收费{amount}万元', cells: { amount: t2('admin_fees', 'amount') }, skipIfZero: true },
]

const docs2019 = (row: string, name: string): ClauseTemplate => ({
  text: `新制作${name}{made}件、新公开{published}件，对外公开${name}总数{total}件`,
  cells: { made: t2(row, 'new_made'), published: t2(row, 'new_published'), total: t2(row, 'total_published') },
  skipIfZero: true,
})
const items2019 = (row: string, name: string): ClauseTemplate => ({
  text: `${name}上一年项目数量{prev}项、本年增/减{change}项，处理决定{decisions}件`,
  cells: { prev: t2(row, 'prev_items'), change: t2(row, 'change'), decisions: t2(row, 'decisions') },
  skipIfZero: true,
})

export const PROACTIVE_2019: readonly ClauseTemplate[] = [
  docs2019('regulations', '规章'),
  docs2019('normative_docs', '规范性文件'),
  items2019('licensing', '行政许可'),
  items2019('other_services', '其他对外管理服务'),
  items2019('penalty', '行政处罚'),
  items2019('coercion', '行政强制'),
  { text: '政府集中采购项目{count}个、总金额{amount}万元', cells: { count: t2('central_procurement', 'project_count'), amount: t2('central_procurement', 'amount') }, skipIfZero: true },
]

export function sentenceSources(t3: GridTable, proactive: readonly ClauseTemplate[]): SentenceSources {
  return {
    applications: {
      received: total(t3, 'new_received'),
      carriedOver: total(t3, 'carried_over'),
      done: total(t3, 'r_total'),
      carriedForward: total(t3, 'carried_forward'),
      outcomes: outcomes(t3),
    },
    review: REVIEW,
    proactive,
  }
}
