// zod/mini: the same checks in a third of the bytes (the first screen loads this schema)
import { z } from 'zod/mini'
import { UNIT_TYPES } from '../values/types'
import { CELL_LIMITS, cellTablesSchema } from './cell-tables-schema'

/** Limits that keep a hostile or damaged file from freezing the page; far above any real report. */
export const LIMITS = {
  shortText: 200,
  longText: 100_000,
  subsections: 50,
  cellText: CELL_LIMITS.cellText,
  tables: CELL_LIMITS.tables,
  rowsPerTable: 100,
  colsPerRow: 50,
  /** units summed into one 汇总 report (a province has a few thousand agencies) */
  units: 10_000,
} as const

const shortText = z.string().check(z.maxLength(LIMITS.shortText))
const longText = z.string().check(z.maxLength(LIMITS.longText))

/** Last year's report attached as the comparison basis (optional: older records have none). */
const basisSchema = z.looseObject({
  formatId: z.string().check(z.minLength(1), z.maxLength(64)),
  year: z.int().check(z.minimum(1000), z.maximum(9999)),
  agency: shortText,
  cells: cellTablesSchema,
  overview: z.array(z.object({ title: shortText, body: longText, topicId: z.optional(z.string().check(z.maxLength(64))) })).check(z.maxLength(LIMITS.subsections)),
  problems: longText,
  other: longText,
  source: shortText,
})

const draftedSchema = z.looseObject({
  kind: z.enum(['applications', 'review', 'proactive']),
  field: z.string().check(z.minLength(1), z.maxLength(64)),
  text: z.string().check(z.maxLength(LIMITS.longText)),
})

/**
 * The shape of a report's content: what a draft stores and a data package carries. Loose: fields this
 * build does not know (added by a newer version) are kept, not stripped, so an older tab cannot drop them.
 */
export const contentSchema = z.looseObject({
  agency: z.string().check(z.maxLength(LIMITS.shortText)),
  year: z.int().check(z.minimum(1000), z.maximum(9999)),
  unitType: z.enum(Object.keys(UNIT_TYPES) as [keyof typeof UNIT_TYPES, ...(keyof typeof UNIT_TYPES)[]]),
  opening: z.string().check(z.maxLength(LIMITS.longText)),
  overview: z
    .array(
      z.looseObject({
        id: z.string().check(z.minLength(1), z.maxLength(64)),
        title: z.string().check(z.maxLength(LIMITS.shortText)),
        body: z.string().check(z.maxLength(LIMITS.longText)),
        topicId: z.optional(z.string().check(z.maxLength(64))),
      }),
    )
    .check(z.maxLength(LIMITS.subsections)),
  problems: z.string().check(z.maxLength(LIMITS.longText)),
  other: z.string().check(z.maxLength(LIMITS.longText)),
  cells: cellTablesSchema,
  manualTotals: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(LIMITS.tables)),
  basis: z.optional(basisSchema),
  drafted: z.optional(z.array(draftedSchema).check(z.maxLength(LIMITS.subsections))),
  // 汇总 reports only (optional: drafts and packages without it still parse)
  units: z.optional(
    z
      .array(
        z.object({
          agency: z.string().check(z.maxLength(LIMITS.shortText)),
          year: z.int().check(z.minimum(1000), z.maximum(9999)),
          fingerprint: z.optional(z.string().check(z.maxLength(64))),
        }),
      )
      .check(z.maxLength(LIMITS.units)),
  ),
})
