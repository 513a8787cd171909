import type { CompiledTemplate } from '../template/compile'
import { splitCellPath } from '../template/cell-path'
import type { CellPath } from '../template/types'
import { normalizeCell } from '../values/normalize-cell'
import type { CellTexts } from '../values/types'
import type { CellState } from './types'
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
): { states: Map<CellPath, CellState>; computed: Set<CellPath> } {
  const states = new Map<CellPath, CellState>()
  const computed = new Set<CellPath>()
  const manual = new Set(manualTotals)
  for (const [path, info] of compiled.cells) {
    if (compiled.computedBy.has(path) && !manual.has(info.tableId)) {
      computed.add(path)
      continue
    }
    const reading = normalizeCell(rawText(texts, path), info.kind)
    states.set(path, reading.status === 'ok' ? { status: 'ok', value: reading.value } : reading)
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
  for (const path of computed) resolve(path, new Set())
  return { states, computed }
}
