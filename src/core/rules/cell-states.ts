import type { CellInfo, CompiledTemplate } from '../template/compile'
import { splitCellPath } from '../template/cell-path'
import type { CellPath } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { CellTexts } from '../values/types'
import type { CellState, CellStates } from './types'
import { toScaled } from './format-number'

export function rawText(cells: CellTexts, path: CellPath): string {
  const [t, r, c] = splitCellPath(path)
  const v = cells[t]?.[r]?.[c]
  return typeof v === 'string' ? v : ''
}

/**
 * Reads every cell; computed totals are the sum of their operands. A total over only blank cells is
 * blank; over an unreadable cell it is unknown (invalid), so no rule compares a wrong number.
 */
export function readCells(
  compiled: CompiledTemplate,
  texts: CellTexts,
  manualTotals: readonly string[],
): { states: CellStateTable; computed: Set<CellPath>; blank: CellInfo[]; invalid: CellInfo[] } {
  const states = new CellStateTable(compiled)
  const computed = new Set<CellPath>()
  // one pass over the cells: the engine runs on every keystroke
  const blank: CellInfo[] = []
  const invalid: CellInfo[] = []
  for (const row of compiled.rows) {
    const manual = manualTotals.includes(row.table)
    const rowTexts = texts[row.table]?.[row.row]
    for (const info of row.cells) {
      if (!manual && compiled.computedBy.has(info.path)) {
        computed.add(info.path)
        continue
      }
      const raw = rowTexts?.[info.at[2]]
      const reading = normalizeCell(typeof raw === 'string' ? raw : '', info.kind)
      // a reading is a valid state (its notice and text are extra fields): stored as it is, not copied
      states.list[info.index] = reading
      if (reading.status !== 'ok') {
        ;(reading.status === 'blank' ? blank : invalid).push(info)
      }
    }
  }
  const resolve = (path: CellPath, seen: Set<CellPath>): CellState => {
    const known = states.get(path)
    if (known) return known
    const rule = compiled.computedBy.get(path)
    if (!rule || seen.has(path)) return { status: 'blank' }
    seen.add(path)
    let sum = 0
    let any = false
    for (const op of rule.right.cells) {
      const s = resolve(op, seen)
      if (s.status === 'invalid') {
        const state: CellState = { status: 'invalid', reason: '合计项中有无法识别的数字' }
        states.set(path, state)
        return state
      }
      if (s.status === 'ok') {
        any = true
        sum += toScaled(s.value)
      }
    }
    const state: CellState = any ? { status: 'ok', value: sum / 10_000 } : { status: 'blank' }
    states.set(path, state)
    return state
  }
  const seen = new Set<CellPath>()
  for (const path of computed) resolve(path, seen)
  return { states, computed, blank, invalid }
}

/**
 * Cell states in an array indexed as the compiled template's cells: a Map built afresh on every
 * keystroke spent most of the engine's time growing and hashing.
 */
export class CellStateTable implements CellStates {
  readonly list: (CellState | undefined)[]
  readonly #compiled: CompiledTemplate
  constructor(compiled: CompiledTemplate) {
    this.#compiled = compiled
    this.list = new Array<CellState | undefined>(compiled.cells.size)
  }
  get(path: CellPath): CellState | undefined {
    const info = this.#compiled.cells.get(path)
    return info ? this.list[info.index] : undefined
  }
  set(path: CellPath, state: CellState): void {
    const info = this.#compiled.cells.get(path)
    if (info) this.list[info.index] = state
  }
}
