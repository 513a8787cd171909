import type { CellInfo, CompiledTemplate } from '../template-compile/compile'
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

/** A computed total: its position and its operands' positions in the state table. */
interface TotalPlan {
  readonly index: number
  readonly operands: readonly number[]
}

/** Per compiled template, once: which cells are computed, and the totals in dependency order. */
interface ReadPlan {
  readonly isComputed: readonly boolean[]
  /** operands before the totals that add them up (a total of totals comes after them) */
  readonly totals: readonly TotalPlan[]
  /** the computed cells for each set of tables switched to manual totals, built once per set */
  readonly computedSets: Map<string, ReadonlySet<CellPath>>
}

const plans = new WeakMap<CompiledTemplate, ReadPlan>()

function planOf(compiled: CompiledTemplate): ReadPlan {
  const hit = plans.get(compiled)
  if (hit) return hit
  const indexOf = (path: CellPath) => compiled.cells.get(path)?.index ?? -1
  const isComputed = new Array<boolean>(compiled.cells.size).fill(false)
  const totals: TotalPlan[] = []
  const placed = new Set<CellPath>()
  // depth first, operands first; checkTemplate refuses cycles, and `placed` stops one anyway
  const place = (path: CellPath) => {
    const rule = compiled.computedBy.get(path)
    if (!rule || placed.has(path)) return
    placed.add(path)
    for (const op of rule.right.cells) place(op)
    totals.push({ index: indexOf(path), operands: rule.right.cells.map(indexOf).filter((i) => i >= 0) })
  }
  for (const path of compiled.computedBy.keys()) {
    const i = indexOf(path)
    if (i >= 0) isComputed[i] = true
    place(path)
  }
  const plan = { isComputed, totals: totals.filter((t) => t.index >= 0), computedSets: new Map() }
  plans.set(compiled, plan)
  return plan
}

const BLANK: CellState = { status: 'blank' }
const UNKNOWN_TOTAL: CellState = { status: 'invalid', reason: '合计项中有无法识别的数字' }

/**
 * Reads every cell; computed totals are the sum of their operands. A total over only blank cells is
 * blank; over an unreadable cell it is unknown (invalid), so no rule compares a wrong number.
 */
export function readCells(
  compiled: CompiledTemplate,
  texts: CellTexts,
  manualTotals: readonly string[],
): { states: CellStateTable; computed: ReadonlySet<CellPath>; blank: CellInfo[]; invalid: CellInfo[] } {
  const plan = planOf(compiled)
  const states = new CellStateTable(compiled)
  const list = states.list
  // the same set object while the manual tables are the same: shared, never changed after it is built
  const manualKey = manualTotals.join('\u0000')
  const known = plan.computedSets.get(manualKey)
  const computed = known ? null : new Set<CellPath>()
  // one pass over the cells: the engine runs on every keystroke
  const blank: CellInfo[] = []
  const invalid: CellInfo[] = []
  for (const row of compiled.rows) {
    const manual = manualTotals.length > 0 && manualTotals.includes(row.table)
    const rowTexts = texts[row.table]?.[row.row]
    for (const info of row.cells) {
      if (!manual && plan.isComputed[info.index]) {
        computed?.add(info.path)
        continue
      }
      const raw = rowTexts?.[info.at[2]]
      const reading = normalizeCell(typeof raw === 'string' ? raw : '', info.kind)
      // a reading is a valid state (its notice and text are extra fields): stored as it is, not copied
      list[info.index] = reading
      if (reading.status !== 'ok') {
        ;(reading.status === 'blank' ? blank : invalid).push(info)
      }
    }
  }
  // totals in dependency order: a total typed by hand (manual table) already has its state
  for (const total of plan.totals) {
    if (list[total.index] !== undefined) continue
    let sum = 0
    let any = false
    let state: CellState | null = null
    for (const i of total.operands) {
      const s = list[i]
      if (!s || s.status === 'blank') continue
      if (s.status === 'invalid') {
        state = UNKNOWN_TOTAL
        break
      }
      any = true
      sum += toScaled(s.value)
    }
    list[total.index] = state ?? (any ? { status: 'ok', value: sum / 10_000 } : BLANK)
  }
  if (computed && plan.computedSets.size < 64) plan.computedSets.set(manualKey, computed)
  return { states, computed: known ?? (computed as ReadonlySet<CellPath>), blank, invalid }
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
