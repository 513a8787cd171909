import { rawText } from '../rules/cell-states'
import { feeCellPath } from '../template/cell-path'
import { FEE_PLACEHOLDER } from '../template/fee-placeholders'
import type { OtherPart } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { CellTexts } from '../values/types'

/** What a draft prints where a figure is still blank: a gap to fill, not a made-up 0. */
export const BLANK_FIGURE = '____'

/**
 * The standard 信息处理费 sentence of part 六 (国办函〔2020〕109号, spec §2.7): the template's pattern
 * with each `{id}` replaced by that field's figure, or its all-zero sentence; undefined when the format
 * has no fee fields.
 */
export function feeSentence(part: OtherPart, cells: CellTexts): string | undefined {
  const fees = part.fees
  if (!fees) return undefined
  const figures = new Map(
    fees.fields.map((f) => {
      const raw = rawText(cells, feeCellPath(fees.group, f.id))
      return [f.id, { raw, reading: normalizeCell(raw, f.cellKind) }] as const
    }),
  )
  if ([...figures.values()].every((f) => f.reading.status === 'ok' && f.reading.value === 0)) return fees.allZero
  return fees.sentence.replace(FEE_PLACEHOLDER, (whole, id: string) => {
    const figure = figures.get(id)
    if (!figure) return whole
    const { raw, reading } = figure
    if (reading.status === 'ok') return reading.text
    return reading.status === 'blank' ? BLANK_FIGURE : raw.trim()
  })
}
