import { z } from 'zod/mini'
import { evaluate } from '../rules/evaluate'
import { splitCellPath } from '../template/cell-path'
import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { contentSchema } from './content-schema'

/**
 * The content schema plus every error of the rule engine as an issue at its cell
 * (path `cells.table.row.col`) or field, so zod consumers see the same problems as the form.
 */
export function buildReportSchema(template: ReportTemplate): z.ZodMiniType<ReportContent> {
  return contentSchema.check(
    z.superRefine((content, ctx) => {
      for (const p of evaluate(template, content).problems) {
        if (p.severity !== 'error') continue
        const first = p.cells[0]
        const path = first ? ['cells', ...splitCellPath(first)] : p.field ? p.field.split('.') : []
        ctx.addIssue({ code: 'custom', path, message: p.message, params: { ruleId: p.ruleId, key: p.key } })
      }
    }),
  )
}
