import { cellPath } from '../../src/core/template/cell-path'
import type { Rule } from '../../src/core/template/types'
import { T4_GROUPS, type T4Group } from '../tables/t4-review-litigation'

const SUBJECTS: Record<T4Group, string> = {
  review: '行政复议',
  direct: '行政诉讼（未经复议直接起诉）',
  after_review: '行政诉讼（复议后起诉）',
}

/** T4-1 of spec §4.3: 维持+纠正+其他+尚未审结＝总计 in each of the three groups. */
export function reviewLitigationRules(tableId: string): Rule[] {
  const p = (col: string) => cellPath(tableId, 'cases', col)
  return T4_GROUPS.map((g) => ({
    kind: 'sum',
    id: 'T4-1',
    key: `T4-1/${g}`,
    severity: 'error',
    subject: SUBJECTS[g],
    statement: '结果维持、结果纠正、其他结果、尚未审结之和应等于总计',
    left: { label: '总计', cells: [p(`${g}_total`)] },
    right: { label: '维持+纠正+其他+尚未审结', cells: [p(`${g}_upheld`), p(`${g}_corrected`), p(`${g}_other`), p(`${g}_pending`)] },
    computes: true,
  }))
}
