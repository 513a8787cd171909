import type { ReportTemplate, Topic } from '../template/types'
import type { ReportContent, Subsection, UnitType } from './types'

export interface NewReport {
  readonly agency: string
  readonly year: number
  readonly unitType: UnitType
}

export function openingParagraph(year: number): string {
  return `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
}

function topicSection(t: Topic): Subsection {
  return { id: t.id, title: t.title, body: '', topicId: t.id }
}

/** The required sub-topics of part 一 for a unit type; governments get Art. 50(四) content too. */
export function requiredTopics(template: ReportTemplate, unitType: UnitType): Topic[] {
  const overview = template.parts.find((p) => p.kind === 'overview')
  if (!overview || overview.kind !== 'overview') return []
  const gov = unitType === 'government' && overview.governmentTopic ? [overview.governmentTopic] : []
  return [...overview.topics, ...gov]
}

/** A blank report: every cell unfilled (blank is not zero), part 一 prefilled with its topics. */
export function newContent(template: ReportTemplate, meta: NewReport): ReportContent {
  return {
    agency: meta.agency.trim(),
    year: meta.year,
    unitType: meta.unitType,
    opening: openingParagraph(meta.year),
    overview: requiredTopics(template, meta.unitType).map(topicSection),
    problems: '',
    other: '',
    cells: {},
    manualTotals: [],
  }
}
