/** The six canonical part headings (spec §2.1); the same in 2019 and 2021. */
export const HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const

/** Published wordings of the headings, read on import (spec §2.1, §8 Q8); keyed like HEADINGS. */
export const HEADING_IMPORT = {
  overview: { keywords: ['总体情况'] },
  proactive: { keywords: ['主动公开政府信息'] },
  applications: { keywords: ['收到', '政府信息公开申请'] },
  review: {
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    keywords: ['行政复议', '行政诉讼'],
  },
  problems: {
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况', '存在的主要问题及改进情况'],
    keywords: ['问题', '改进'],
  },
  other: { keywords: ['其他需要报告'] },
} as const

export const PROBLEMS_PROMPT = '写明本年度工作存在的主要问题，以及已采取或下一步的改进措施。'
export const OTHER_PROMPT = '其他需要报告的事项（不宜泛化，不写与政府信息公开无关的内容）。'

/** Art. 50(四): required of 各级人民政府 reports (spec §2.2). */
export const GOVERNMENT_TOPIC = {
  id: 'assessment',
  title: '工作考核、社会评议和责任追究结果情况',
  prompt: '人民政府报告须写明本年度政府信息公开工作考核、社会评议和责任追究的结果。',
  keywords: ['考核', '社会评议', '责任追究'],
} as const

/** Part 一 topics both formats share (spec §2.2, §3.4); the 2019 format names two of them differently. */
export const TOPIC_PROACTIVE = { id: 'proactive', title: '主动公开', prompt: '主动公开政府信息的情况：公开的主要内容、渠道、数量。', keywords: ['主动公开'], sentences: ['proactive'] } as const
export const TOPIC_ON_REQUEST = { id: 'on_request', title: '依申请公开', prompt: '收到和办理政府信息公开申请的情况，与表三的数字一致。', keywords: ['依申请'], sentences: ['applications', 'review'] } as const
export const TOPIC_PLATFORM = { id: 'platform', title: '政府信息公开平台建设', prompt: '政府网站、政务新媒体等公开平台的建设和维护。', keywords: ['平台'] } as const

/** Sub-headings published under part 一 for information management and oversight (spec §2.2, Q11). */
export const MANAGEMENT_KEYWORDS = ['信息管理', '规范化', '标准化', '信息资源'] as const
export const OVERSIGHT_KEYWORDS = ['监督'] as const
