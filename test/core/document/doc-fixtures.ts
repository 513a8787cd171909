import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { CellKind, CellPath, ReportTemplate } from '../../../src/core/template/types'
import type { ReportContent } from '../../../src/core/values/types'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

export const FORMATS = [
  ['2021', format2021],
  ['2019', format2019],
] as const satisfies readonly (readonly [string, ReportTemplate])[]

/** A distinct canonical value per cell, of the cell's kind: 1, 2, -3, 4.5 … */
function distinctValue(kind: CellKind, n: number): string {
  switch (kind) {
    case 'count':
      return String(n)
    case 'signedCount':
      return n % 2 === 0 ? `-${n}` : String(n)
    case 'wanYuan':
      return `${n}.0125`
    case 'yuan':
      return `${n * 10}`
  }
}

/**
 * A complete report with every typed cell set to its own number (totals left to the rules), part 一
 * with a title typed with its own number, and multi-line texts.
 */
export function distinctContent(template: ReportTemplate, overrides: Partial<ReportContent> = {}): ReportContent {
  const cells = compileTemplate(template).cells
  const index = new Map([...cells.keys()].map((p, i) => [p, i + 1]))
  const value = (p: CellPath) => distinctValue(cells.get(p)?.kind ?? 'count', index.get(p) ?? 0)
  const base = filledContent(template, value, { agency: '北京市测试区科学技术委员会', unitType: 'government', ...overrides })
  if (overrides.overview) return base
  return {
    ...base,
    opening: `${base.opening}\n\n　　本报告电子版可在本机关门户网站下载。`,
    overview: base.overview.map((s, i) => ({
      ...s,
      title: i === 1 ? `（二）${s.title}` : s.title,
      body: `${s.title}第一段。\n${s.title}第二段。`,
    })),
    problems: '一是问题。\n\n二是改进。',
    other: '本机关无其他需要报告的事项。',
  }
}
