/**
 * A printed numeric cell read through the one reader, `normalizeCell` (spec §8 Q20: blank, 「/」 and 0
 * stay distinct). Blank stays blank; a placeholder reads as 0 with a notice; text that is not a number is
 * kept as printed so the form flags it.
 */
import type { CellKind } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { ProvenanceHow } from './types'

export interface CellRead {
  /** the text to store in the draft */
  readonly text: string
  readonly how: ProvenanceHow
  /** what to tell the user, after the cell's name */
  readonly notice?: string
  /** the number, when there is one (for summing sub-rows) */
  readonly value?: number
}

export function readCell(raw: string, kind: CellKind): CellRead {
  const r = normalizeCell(raw, kind)
  if (r.status === 'blank') return { text: '', how: 'blank', notice: '为空，保持空白，请填写（没有发生请填0）' }
  if (r.status === 'invalid') return { text: raw.trim(), how: 'read', notice: `为「${raw.trim()}」：${r.reason}` }
  // a placeholder has no digit: 「/」, 「—」, 「无」…
  const placeholder = !/[0-9０-９]/.test(raw)
  const how: ProvenanceHow = placeholder ? 'placeholder' : 'read'
  return r.notice === undefined ? { text: r.text, how, value: r.value } : { text: r.text, how, value: r.value, notice: r.notice }
}

/** The exact sum of decimal texts (at most 4 places), as canonical text. */
export function sumTexts(values: readonly number[], places: number): string {
  const scale = 10 ** places
  const total = values.reduce((s, v) => s + Math.round(v * scale), 0) / scale
  return String(Number(total.toFixed(places)))
}
