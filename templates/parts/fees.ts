import type { FeeFields } from '../../src/core/template/types'

/** 信息处理费 (国办函〔2020〕109号, spec §2.7): the three figures of part 六 and the sentence printed from them. */
export const FEES_2021 = {
  title: '信息处理费（国办函〔2020〕109号）',
  group: 'p6',
  fields: [
    { id: 'notice_count', label: '本年度发出收费通知的件数', cellKind: 'count', unit: '件', read: { clause: '收费通知' } },
    {
      id: 'notice_amount',
      label: '发出收费通知的总金额',
      cellKind: 'yuan',
      unit: '元',
      read: { clause: '金额|元', unless: '实际收取|实收|收取', after: '收费通知', zeroWith: 'notice_count' },
    },
    { id: 'collected_amount', label: '实际收取的总金额', cellKind: 'yuan', unit: '元', read: { clause: '实际收取|实收|收取' } },
  ],
  sentence: '本年度共发出收费通知{notice_count}件，总金额{notice_amount}元，实际收取总金额{collected_amount}元。',
  allZero: '本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。',
  readAllZero: '收费通知[^。]*均为[0零]',
  readNone: '(?:未|没有)(?:发出|发生|产生)[^。]{0,8}(?:收费通知|信息处理费)',
} as const satisfies FeeFields
