import { sentenceLabel } from '../../../src/core/year-over-year/sentences'
import type { ReportTemplate } from '../../../src/core/template/types'
import { format2021 } from '../../../templates/format-2021'

describe('sentenceLabel', () => {
  it('names the table a sentence is drafted from as the template names it', () => {
    expect((['applications', 'review', 'proactive'] as const).map((k) => sentenceLabel(k, format2021))).toEqual(['依申请公开情况（表三）', '行政复议、行政诉讼情况（表四）', '主动公开的规范性文件等（表二）'])
    const renamed: ReportTemplate = { ...format2021, parts: format2021.parts.map((p) => (p.kind === 'table' && p.table.id === 't3' ? { ...p, table: { ...p.table, name: '表五' } } : p)) }
    expect(sentenceLabel('applications', renamed)).toBe('依申请公开情况（表五）')
    expect(sentenceLabel('applications', { ...format2021, sentences: undefined } as ReportTemplate)).toBe('依申请公开情况')
  })
})
