import type { ReportTemplate } from '../src/core/template/types'
import { format2019 } from './format-2019'
import { format2021 } from './format-2021'

/**
 * Every format the app knows, in any order (pickFormat goes by year ranges; checkFormats checks them).
 * Only templates/index.ts reads this: a test build swaps this one module (vite.config.ts, FORMAT_LIST).
 */
export const FORMAT_LIST: readonly ReportTemplate[] = [format2021, format2019]
