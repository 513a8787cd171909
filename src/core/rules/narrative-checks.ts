import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { categoryProblems, listProblems } from './narrative-figures'
import { selfReferenceProblems, yearProblems } from './self-and-years'
import { similarityProblems } from './similar-text'
import type { CellStates, Problem } from './types'
import { writtenFields } from './written-fields'

/**
 * The narrative checks of spec §4.6 beyond the template's text rules (N-1…N-4): N-5 categories and
 * shares, N-6 lists, N-7 self-reference, N-8 years, N-9 text copied from last year. Warnings only. Each
 * field's text is read once and remembered, so a keystroke re-reads only the field it changed.
 */
export function narrativeProblems(template: ReportTemplate, content: ReportContent, states: CellStates): Problem[] {
  const fields = writtenFields(content, template)
  return [
    ...categoryProblems(template, fields, states),
    ...listProblems(fields),
    ...selfReferenceProblems(content, fields),
    ...yearProblems(content, fields),
    ...similarityProblems(content, fields),
  ]
}
