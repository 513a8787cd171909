import { cellPath } from '../../src/core/template/cell-path'
import type { Rule } from '../../src/core/template/types'

const t3Total = (row: string) => cellPath('t3', row, 'total')
const STOP = '[^。；！？\\n]'

/**
 * Narrative ↔ table checks of spec §4.6 (N-1 to N-4), as warnings: published reports often say one
 * number in part 一 and print another in 表三.
 */
export const narrativeRules: readonly Rule[] = [
  {
    kind: 'text',
    id: 'N-1',
    key: 'N-1/new_received',
    severity: 'warning',
    pattern: `(?:新收|收到|受理|新接收|接收)${STOP}{0,20}?申请${STOP}{0,4}?(\\d+)\\s*[件个份]`,
    expect: 'equals',
    cells: [t3Total('new_received')],
    subject: '表三“一、本年新收政府信息公开申请数量”的总计',
  },
  {
    kind: 'text',
    id: 'N-2',
    key: 'N-2/r_total',
    severity: 'warning',
    pattern: `(?:答复|办结)${STOP}{0,8}?(\\d+)\\s*件`,
    expect: 'equals',
    cells: [t3Total('r_total')],
    subject: '表三“（七）总计”的总计',
  },
  {
    kind: 'text',
    id: 'N-3',
    key: 'N-3/no_applications',
    severity: 'warning',
    pattern: `未(?:收到|接到|受理)${STOP}{0,15}申请|零申请`,
    expect: 'zero',
    cells: [t3Total('new_received')],
    subject: '表三“一、本年新收政府信息公开申请数量”的总计',
  },
  {
    kind: 'text',
    id: 'N-4',
    key: 'N-4/no_review',
    severity: 'warning',
    pattern: `未(?:发生|出现|产生|有)${STOP}{0,20}(?:行政复议|行政诉讼)|(?:行政复议|行政诉讼)${STOP}{0,12}(?:均为0|均为零|为零)`,
    expect: 'zero',
    cells: [cellPath('t4', 'cases', 'review_total'), cellPath('t4', 'cases', 'direct_total'), cellPath('t4', 'cases', 'after_review_total')],
    subject: '表四的行政复议、行政诉讼总数',
  },
]
