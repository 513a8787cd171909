import type { CellPath } from '../../core/template/types'

export type Move = 'up' | 'down' | 'left' | 'right'

/** The cell a key moves to within a table's input grid (rows may differ in length, as in 表二). */
export function nextCell(grid: readonly (readonly CellPath[])[], from: CellPath, move: Move): CellPath | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? []
    const c = row.indexOf(from)
    if (c < 0) continue
    switch (move) {
      case 'left':
        return row[c - 1] ?? null
      case 'right':
        return row[c + 1] ?? null
      case 'up':
      case 'down': {
        const target = grid[move === 'up' ? r - 1 : r + 1]
        if (!target || target.length === 0) return null
        return target[Math.min(c, target.length - 1)] ?? null
      }
    }
  }
  return null
}

/** Which key means which move; left/right only leave the cell when the caret is at its edge. */
export function moveForKey(key: string, input: HTMLInputElement): Move | null {
  const start = input.selectionStart ?? 0
  const end = input.selectionEnd ?? 0
  const all = start === 0 && end === input.value.length
  switch (key) {
    case 'ArrowUp':
      return 'up'
    case 'ArrowDown':
    case 'Enter':
      return 'down'
    case 'ArrowLeft':
      return all || (start === 0 && end === 0) ? 'left' : null
    case 'ArrowRight':
      return all || start === input.value.length ? 'right' : null
    default:
      return null
  }
}
