import { z } from 'zod/mini'
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
  /** the stored shape's version (SCHEMA_VERSION); absent in records written before versions existed */
  readonly schemaVersion?: number
  /** the tab (page load) that wrote this revision, and its edit counter when it read the content */
  readonly writer?: string
  readonly writerSeq?: number
  /** ISO 8601; set while the draft is in the trash (回收站) */
  readonly trashedAt?: string
}

/** The shape a stored draft record must have before the app trusts it; unknown fields are kept. */
export const draftSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  formatId: z.string().check(z.minLength(1), z.maxLength(64)),
  formatVersion: z.int().check(z.minimum(1)),
  name: z.string().check(z.maxLength(LIMITS.shortText)),
  content: contentSchema,
  createdAt: z.string().check(z.maxLength(64)),
  updatedAt: z.string().check(z.maxLength(64)),
  revision: z.int().check(z.minimum(0)),
  schemaVersion: z.optional(z.int().check(z.minimum(1))),
  writer: z.optional(z.string().check(z.maxLength(64))),
  writerSeq: z.optional(z.int().check(z.minimum(0))),
  trashedAt: z.optional(z.string().check(z.maxLength(64))),
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
