import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { subsectionRef } from './field-ref'
import type { Problem } from './types'

const blank = (s: string) => s.trim().length === 0

/** Completeness of the written parts (spec §4.1 S-1, S-5, S-6). */
export function textProblems(template: ReportTemplate, content: ReportContent): Problem[] {
  const out: Problem[] = []
  const add = (p: Omit<Problem, 'cells'>) => out.push({ ...p, cells: [] })
  if (blank(content.agency)) {
    add({ key: 'S-5/agency', ruleId: 'S-5', severity: 'error', partId: 'title', field: 'agency', message: '机关名称未填写：标题和文件名都需要它' })
  }
  for (const part of template.parts) {
    if (part.kind === 'overview') {
      const written = content.overview.filter((s) => !blank(s.body))
      if (written.length === 0) {
        add({ key: 'S-1/overview', ruleId: 'S-1', severity: 'error', partId: part.id, field: 'overview', message: `${part.heading}尚未填写` })
      }
      for (const s of content.overview) {
        if (blank(s.body) && written.length > 0) {
          add({ key: `S-6/${s.id}`, ruleId: 'S-6', severity: 'warning', partId: part.id, field: subsectionRef(s.id), message: `总体情况「${s.title || '（未命名小节）'}」没有内容` })
        }
      }
      const gov = part.governmentTopic
      if (gov && content.unitType === 'government') {
        const has = content.overview.some((s) => (s.topicId === gov.id || s.title.includes('考核')) && !blank(s.body))
        if (!has) {
          add({ key: 'S-6/government', ruleId: 'S-6', severity: 'warning', partId: part.id, field: 'overview', message: `人民政府的年度报告须写明${gov.title}（条例第五十条）` })
        }
      }
    } else if (part.kind === 'text' && blank(content.problems)) {
      add({ key: `S-1/${part.id}`, ruleId: 'S-1', severity: 'error', partId: part.id, field: 'problems', message: `${part.heading}尚未填写` })
    }
  }
  return out
}
