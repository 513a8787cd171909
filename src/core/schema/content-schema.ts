import { z } from 'zod'
import { UNIT_TYPES } from '../values/types'

/** Limits that keep a hostile or damaged file from freezing the page; far above any real report. */
export const LIMITS = {
  shortText: 200,
  longText: 100_000,
  subsections: 50,
  cellText: 64,
  tables: 10,
  rowsPerTable: 100,
  colsPerRow: 50,
} as const

const cellRow = z.record(z.string().max(64), z.string().max(LIMITS.cellText))
const cellTable = z.record(z.string().max(64), cellRow)

/** The shape of a report's content: what a draft stores and a data package carries. */
export const contentSchema = z.object({
  agency: z.string().max(LIMITS.shortText),
  year: z.number().int().min(1000).max(9999),
  unitType: z.enum(Object.keys(UNIT_TYPES) as [keyof typeof UNIT_TYPES, ...(keyof typeof UNIT_TYPES)[]]),
  opening: z.string().max(LIMITS.longText),
  overview: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        title: z.string().max(LIMITS.shortText),
        body: z.string().max(LIMITS.longText),
        topicId: z.string().max(64).optional(),
      }),
    )
    .max(LIMITS.subsections),
  problems: z.string().max(LIMITS.longText),
  other: z.string().max(LIMITS.longText),
  cells: z.record(z.string().max(64), cellTable).refine((t) => Object.keys(t).length <= LIMITS.tables, '表格数量过多'),
  manualTotals: z.array(z.string().max(64)).max(LIMITS.tables),
})
