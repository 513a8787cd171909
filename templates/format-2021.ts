import { cellPath } from '../src/core/template/cell-path'
import type { ReportTemplate } from '../src/core/template/types'
import { GOVERNMENT_TOPIC, HEADING_IMPORT, HEADINGS, MANAGEMENT_KEYWORDS, OVERSIGHT_KEYWORDS, OTHER_PROMPT, PROBLEMS_PROMPT, TOPIC_ON_REQUEST, TOPIC_PLATFORM, TOPIC_PROACTIVE } from './parts/headings'
import { carryOverRules, inForceRules, pendingHintRule } from './parts/cross-year-rules'
import { FEES_2021 } from './parts/fees'
import { narrativeRules } from './parts/narrative-rules'
import { PROACTIVE_2021, sentenceSources } from './parts/sentence-sources'
import { applicationsRules } from './parts/t3-rules'
import { reviewLitigationRules } from './parts/t4-rules'
import { proactiveTable2021 } from './tables/t2-proactive-2021'
import { applicationsTable } from './tables/t3-applications'
import { reviewLitigationTable } from './tables/t4-review-litigation'

const t3 = applicationsTable('three')
const fee = (id: (typeof FEES_2021.fields)[number]['id']) => cellPath(FEES_2021.group, 'fees', id)
const t2 = (row: string, col: string) => cellPath('t2', row, col)

/** 国办公开办函〔2021〕30号: report years 2021 onward (spec §2). */
export const format2021 = {
  id: 'gov-info-annual-2021',
  version: 1,
  title: '2021年版格式（国办公开办函〔2021〕30号）',
  years: { from: 2021 },
  parts: [
    {
      kind: 'overview',
      id: 'overview',
      heading: HEADINGS.overview, ...HEADING_IMPORT.overview,
      topics: [
        TOPIC_PROACTIVE,
        TOPIC_ON_REQUEST,
        { id: 'management', title: '政府信息管理', prompt: '政府信息的规范化、标准化管理，公开前审查等。', keywords: MANAGEMENT_KEYWORDS },
        TOPIC_PLATFORM,
        { id: 'oversight', title: '监督保障', prompt: '制度保障、培训、考核、监督检查等。', keywords: OVERSIGHT_KEYWORDS },
      ],
      governmentTopic: GOVERNMENT_TOPIC,
    },
    { kind: 'table', id: 'proactive', heading: HEADINGS.proactive, ...HEADING_IMPORT.proactive, table: proactiveTable2021 },
    { kind: 'table', id: 'applications', heading: HEADINGS.applications, ...HEADING_IMPORT.applications, table: t3 },
    { kind: 'table', id: 'review', heading: HEADINGS.review, ...HEADING_IMPORT.review, table: reviewLitigationTable },
    { kind: 'text', id: 'problems', heading: HEADINGS.problems, ...HEADING_IMPORT.problems, prompt: PROBLEMS_PROMPT },
    {
      kind: 'other',
      id: 'other',
      heading: HEADINGS.other, ...HEADING_IMPORT.other,
      prompt: OTHER_PROMPT,
      fees: FEES_2021,
    },
  ],
  rules: [
    ...applicationsRules(t3),
    ...reviewLitigationRules('t4'),
    ...narrativeRules,
    ...carryOverRules(t3),
    ...inForceRules('t2'),
    pendingHintRule('t4'),
    ...(['regulations', 'normative_docs'] as const).map((r) => ({
      kind: 'zeroWhilePositive' as const,
      id: 'T2-4',
      key: `T2-4/${r}`,
      severity: 'warning' as const,
      cell: t2(r, 'in_force'),
      positive: t2(r, 'repealed'),
      message: `${r === 'regulations' ? '规章' : '行政规范性文件'}：本年废止件数大于0而现行有效件数为0，只有全部废止时才可能，请核对`,
    })),
    {
      kind: 'atMost',
      id: 'T2-2',
      key: 'T2-2/admin_fees',
      severity: 'warning',
      cell: t2('admin_fees', 'amount'),
      max: 9999.9999,
      message: '行政事业性收费：本年收费金额的单位是万元，该数值超过1亿元，请确认没有按元填写',
    },
    {
      kind: 'implies',
      id: 'T3-6',
      key: 'T3-6/unpaid_fee',
      severity: 'warning',
      cell: cellPath('t3', 'r_other_unpaid_fee', 'total'),
      requires: fee('notice_count'),
      message: '表三有“逾期未按收费通知要求缴纳费用”的申请，但第六部分发出收费通知的件数为0（跨年度发出的通知除外），请核对',
    },
    {
      kind: 'atMost',
      id: 'F-1',
      key: 'F-1/notice_count',
      severity: 'warning',
      cell: fee('notice_count'),
      max: 9999,
      message: '发出收费通知的件数超过9999件，请核对',
    },
  ],
  sentences: sentenceSources(t3, PROACTIVE_2021),
} as const satisfies ReportTemplate
