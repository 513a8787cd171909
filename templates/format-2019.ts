import type { ReportTemplate } from '../src/core/template/types'
import { GOVERNMENT_TOPIC, HEADING_IMPORT, HEADINGS, MANAGEMENT_KEYWORDS, OVERSIGHT_KEYWORDS, OTHER_PROMPT, PROBLEMS_PROMPT, TOPIC_ON_REQUEST, TOPIC_PLATFORM, TOPIC_PROACTIVE } from './parts/headings'
import { carryOverRules, itemCountRules, pendingHintRule } from './parts/cross-year-rules'
import { narrativeRules } from './parts/narrative-rules'
import { PROACTIVE_2019, sentenceSources } from './parts/sentence-sources'
import { applicationsRules } from './parts/t3-rules'
import { reviewLitigationRules } from './parts/t4-rules'
import { proactiveTable2019 } from './tables/t2-proactive-2019'
import { applicationsTable } from './tables/t3-applications'
import { reviewLitigationTable } from './tables/t4-review-litigation'

const t3 = applicationsTable('single')

/** 国办公开办函〔2019〕60号（试行）: report years 2019 and 2020 (spec §3). */
export const format2019 = {
  id: 'gov-info-annual-2019',
  version: 1,
  title: '2019年版格式（国办公开办函〔2019〕60号）',
  years: { from: 2019, to: 2020 },
  parts: [
    {
      kind: 'overview',
      id: 'overview',
      heading: HEADINGS.overview, ...HEADING_IMPORT.overview,
      topics: [
        TOPIC_PROACTIVE,
        TOPIC_ON_REQUEST,
        { id: 'management', title: '政府信息资源的规范化、标准化管理', prompt: '政府信息资源的规范化、标准化管理情况。', keywords: MANAGEMENT_KEYWORDS },
        TOPIC_PLATFORM,
        { id: 'oversight', title: '监督保障及教育培训', prompt: '制度保障、教育培训、考核、监督检查等。', keywords: OVERSIGHT_KEYWORDS },
      ],
      governmentTopic: GOVERNMENT_TOPIC,
    },
    { kind: 'table', id: 'proactive', heading: HEADINGS.proactive, ...HEADING_IMPORT.proactive, table: proactiveTable2019 },
    { kind: 'table', id: 'applications', heading: HEADINGS.applications, ...HEADING_IMPORT.applications, table: t3 },
    { kind: 'table', id: 'review', heading: HEADINGS.review, ...HEADING_IMPORT.review, table: reviewLitigationTable },
    { kind: 'text', id: 'problems', heading: HEADINGS.problems, ...HEADING_IMPORT.problems, prompt: PROBLEMS_PROMPT },
    // 信息处理费 (国办函〔2020〕109号) took effect 2021-01-01: no fee fields in the 2019 format
    { kind: 'other', id: 'other', heading: HEADINGS.other, ...HEADING_IMPORT.other, prompt: OTHER_PROMPT },
  ],
  rules: [
    ...applicationsRules(t3),
    ...reviewLitigationRules('t4'),
    ...narrativeRules,
    ...carryOverRules(t3),
    ...itemCountRules('t2', [
      ['licensing', '行政许可'],
      ['other_services', '其他对外管理服务事项'],
      ['penalty', '行政处罚'],
      ['coercion', '行政强制'],
      ['admin_fees', '行政事业性收费'],
    ]),
    pendingHintRule('t4'),
  ],
  sentences: sentenceSources(t3, PROACTIVE_2019),
} as const satisfies ReportTemplate
