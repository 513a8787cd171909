import { pickFormat, type PickResult } from '../src/core/template/pick-format'
import type { ReportTemplate } from '../src/core/template/types'
import { FORMAT_LIST } from './format-list'

/** Every format the app knows: the one list the app, the workers and the command line read. */
export const FORMATS: readonly ReportTemplate[] = FORMAT_LIST

/** The format for a report year, or a message saying why there is none. */
export function formatForYear(year: number, today: Date = new Date()): PickResult {
  return pickFormat(FORMATS, year, today.getFullYear())
}

export function formatById(id: string): ReportTemplate | undefined {
  return FORMATS.find((f) => f.id === id)
}
