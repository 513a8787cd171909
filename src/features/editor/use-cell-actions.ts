import { useCallback, useMemo, useRef } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { layoutTable } from '../../core/layout/layout-table'
import { LIMITS } from '../../core/schema/content-schema'
import type { CompiledTemplate } from '../../core/template-compile/compile'
import type { CellPath, TableDef } from '../../core/template/types'
import { fitLength } from '../../core/values/fit-length'
import { normalizeCell } from '../../core/values/normalize-cell'
import { parsePasteBlock, pasteTargets } from '../../core/values/parse-paste'
import type { ReportContent } from '../../core/values/types'
import { fieldName } from './field-names'

export interface CellActions {
  /**
   * A keystroke: the value into the form. Through setValue rather than register's onChange, whose dirty
   * tracking (unused here) re-walks the whole report whenever a cell returns to its opened value.
   */
  readonly input: (path: CellPath, value: string) => void
  /** on blur: store the canonical text (全角→半角, '/'→0) and say what was read leniently */
  readonly commit: (path: CellPath, input: HTMLInputElement) => void
  /** a block from Excel/WPS/Word: fills cells from `start`; false lets the browser paste one value */
  readonly paste: (table: TableDef, start: CellPath, text: string) => boolean
  readonly fillBlanks: (paths: readonly CellPath[]) => void
  /** several setValue calls evaluated once */
  readonly batch: (fn: () => void) => void
  readonly batching: () => boolean
}

/** A pasted text quoted in a message: long ones shortened, so five of them still fit the line. */
const short = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text)

export function useCellActions(
  form: UseFormReturn<ReportContent>,
  compiled: CompiledTemplate,
  announce: (message: string, kind: 'status' | 'alert') => void,
  afterBatch: () => void,
): CellActions {
  const inBatch = useRef(false)
  const batch = useCallback(
    (fn: () => void) => {
      inBatch.current = true
      try {
        fn()
      } finally {
        inBatch.current = false
      }
      afterBatch()
    },
    [afterBatch],
  )
  const input = useCallback((path: CellPath, value: string) => form.setValue(fieldName(path), value), [form])
  const commit = useCallback(
    (path: CellPath, input: HTMLInputElement) => {
      const kind = compiled.cells.get(path)?.kind ?? 'count'
      const reading = normalizeCell(input.value, kind)
      if (reading.status !== 'ok' || reading.text === input.value) return
      batch(() => form.setValue(fieldName(path), reading.text, { shouldDirty: true }))
      if (reading.notice) announce(`${compiled.cells.get(path)?.name ?? ''}：${reading.notice}`, 'status')
    },
    [form, compiled, announce, batch],
  )
  const paste = useCallback(
    (table: TableDef, start: CellPath, text: string) => {
      const block = parsePasteBlock(text)
      if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return false
      const grid = layoutTable(table).inputGrid
      const row = grid.findIndex((r) => r.includes(start))
      const col = grid[row]?.indexOf(start) ?? -1
      if (row < 0 || col < 0) return false
      const { placed, dropped } = pasteTargets(grid, { row, col }, block)
      const manual = form.getValues('manualTotals').includes(table.id)
      const unreadable: string[] = []
      /** cells whose text was longer than a cell can store: kept cut to the limit, and named */
      const cut: string[] = []
      let filled = 0
      let skippedTotals = 0
      batch(() => {
        for (const { target, text: raw } of placed) {
          if (!manual && compiled.computedBy.has(target)) {
            skippedTotals++
            continue
          }
          const name = compiled.cells.get(target)?.name ?? '表格单元格'
          const reading = normalizeCell(raw, compiled.cells.get(target)?.kind ?? 'count')
          let value = reading.status === 'ok' ? reading.text : reading.status === 'blank' ? '' : raw.trim()
          // what is not a number is kept as pasted (its problem shows at the cell), within what a draft can store
          if (value.length > LIMITS.cellText) {
            value = fitLength(value, LIMITS.cellText)
            cut.push(name)
          }
          if (reading.status === 'invalid') unreadable.push(`${name}「${short(raw.trim())}」：${reading.reason}`)
          form.setValue(fieldName(target), value, { shouldDirty: true })
          filled++
        }
      })
      const parts = [`已粘贴${filled}个单元格`]
      if (skippedTotals) parts.push(`${skippedTotals}个合计单元格由系统计算，未使用粘贴的值`)
      if (dropped) parts.push(`${dropped}个值超出表格范围，未粘贴`)
      if (cut.length) parts.push(`${cut.length}个值超过${LIMITS.cellText}字，只保留了前${LIMITS.cellText}字：${cut.slice(0, 3).join('、')}${cut.length > 3 ? '等' : ''}`)
      if (unreadable.length) parts.push(`${unreadable.length}个无法识别：${unreadable.slice(0, 5).join('；')}${unreadable.length > 5 ? '…' : ''}`)
      announce(parts.join('；'), unreadable.length || dropped || cut.length ? 'alert' : 'status')
      return true
    },
    [form, compiled, announce, batch],
  )
  const fillBlanks = useCallback(
    (paths: readonly CellPath[]) => {
      batch(() => {
        for (const p of paths) form.setValue(fieldName(p), '0', { shouldDirty: true })
      })
      announce(`已将${paths.length}个空白单元格填为0`, 'status')
    },
    [form, batch, announce],
  )
  // one stable object, so memoised parts do not re-render when the editor does
  return useMemo(() => ({ input, commit, paste, fillBlanks, batch, batching: () => inBatch.current }), [input, commit, paste, fillBlanks, batch])
}
