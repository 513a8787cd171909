import { pickFormat, type PickResult } from '../src/core/template/pick-format'
import type { ReportTemplate } from '../src/core/template/types'
import { format2019 } from './format-2019'
import { format2021 } from './format-2021'

/** Every format the app knows, newest first. */
export const FORMATS: readonly ReportTemplate[] = [format2021, format2019]

/** The format for a report year, or a message saying why there is none. */
export function formatForYear(year: number, today: Date = new Date()): PickResult {
  return pickFormat(FORMATS, year, today.getFullYear())
}

export function formatById(id: string): ReportTemplate | undefined {
  return FORMATS.find((f) => f.id === id)
}
