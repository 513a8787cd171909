import type { Draft } from '../../../src/core/package/draft'
import { newContent } from '../../../src/core/values/new-content'
import type { ReportContent } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'

/** A fixed "today" so year checks do not move with the calendar. */
export const TODAY = new Date('2025-06-01T00:00:00Z')

export function sampleContent(overrides: Partial<ReportContent> = {}): ReportContent {
  const base = newContent(format2021, { agency: '北京市朝阳区科学技术和信息化局', year: 2024, unitType: 'department' })
  return {
    ...base,
    problems: '存在问题：公开内容不够全面。',
    cells: { t3: { new_received: { natural: '12', research: '' } } },
    manualTotals: ['t3'],
    ...overrides,
  }
}

export function sampleDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-1',
    formatId: format2021.id,
    formatVersion: format2021.version,
    name: '朝阳区科信局 2024年度',
    content: sampleContent(),
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    revision: 1,
    ...overrides,
  }
}

export const draft2019 = (): Draft =>
  sampleDraft({
    id: 'draft-2019',
    formatId: format2019.id,
    formatVersion: format2019.version,
    content: sampleContent({ year: 2020 }),
  })

export const CJK = /[\u4e00-\u9fff]/
