import { rawText } from '../rules/cell-states'
import { cellPath } from '../template/cell-path'
import type { FieldDef, OtherPart } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { CellTexts } from '../values/types'

/** What a draft prints where a figure is still blank: a gap to fill, not a made-up 0. */
export const BLANK_FIGURE = '____'

export const ALL_ZERO_FEES = '本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。'

/**
 * The standard 信息处理费 sentence of part 六 (国办函〔2020〕109号, spec §2.7), from the fee fields
 * notice_count, notice_amount and collected_amount; undefined when the format has no fee fields.
 */
export function feeSentence(part: OtherPart, cells: CellTexts): string | undefined {
  const fees = part.fees
  if (!fees) return undefined
  const field = (id: string) => fees.fields.find((f) => f.id === id)
  const count = field('notice_count')
  const notified = field('notice_amount')
  const collected = field('collected_amount')
  if (!count || !notified || !collected) return undefined

  const read = (f: FieldDef) => {
    const raw = rawText(cells, cellPath(fees.group, 'fees', f.id))
    return { raw, reading: normalizeCell(raw, f.cellKind) }
  }
  const figures = [count, notified, collected].map(read)
  if (figures.every((f) => f.reading.status === 'ok' && f.reading.value === 0)) return ALL_ZERO_FEES
  const [n, x, y] = figures.map(({ raw, reading }) => {
    if (reading.status === 'ok') return reading.text
    return reading.status === 'blank' ? BLANK_FIGURE : raw.trim()
  })
  return `本年度共发出收费通知${n}件，总金额${x}元，实际收取总金额${y}元。`
}
