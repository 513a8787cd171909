import { z } from 'zod'
import { contentSchema, LIMITS } from '../schema/content-schema'
import type { ReportContent } from '../values/types'

/** One saved report in the browser: its content plus what persistence needs to keep it safe. */
export interface Draft {
  readonly id: string
  /** the template the content was written for (ReportTemplate.id) */
  readonly formatId: string
  readonly formatVersion: number
  readonly name: string
  readonly content: ReportContent
  /** ISO 8601 */
  readonly createdAt: string
  /** ISO 8601; time of the last successful save */
  readonly updatedAt: string
  /** +1 on every save; a stored revision other than the one a tab loaded means another tab wrote */
  readonly revision: number
}

/** The shape a stored draft record must have before the app trusts it. */
export const draftSchema = z.object({
  id: z.string().min(1).max(64),
  formatId: z.string().min(1).max(64),
  formatVersion: z.number().int().min(1),
  name: z.string().max(LIMITS.shortText),
  content: contentSchema,
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
  revision: z.number().int().min(0),
})

/** The name a new draft gets: 机关名称 + 年度. */
export function defaultDraftName(content: Pick<ReportContent, 'agency' | 'year'>): string {
  const agency = content.agency.trim() || '未填写机关名称'
  return `${agency} ${content.year}年度`
}

/** A user-typed name made safe to store: trimmed, never empty, within the schema's limit. */
export function cleanDraftName(name: string, content: Pick<ReportContent, 'agency' | 'year'>): string {
  const trimmed = name.trim().slice(0, LIMITS.shortText)
  return trimmed || defaultDraftName(content)
}
