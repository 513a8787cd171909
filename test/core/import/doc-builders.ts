/** ReadDocuments built from a template's official layout, for importer tests (no file reader involved). */
import { layoutTable } from '../../../src/core/layout/layout-table'
import type { ReadBlock, ReadCell, ReadDocument, ReadTable } from '../../../src/core/read/types'
import type { CellPath, ReportTemplate, TableDef } from '../../../src/core/template/types'

/** The table as an expanded grid: merged cells fill every slot they cover, `origin` only top-left. */
export function expandedGrid(table: TableDef, value: (path: CellPath) => string): ReadCell[][] {
  const layout = layoutTable(table)
  const grid: (ReadCell | undefined)[][] = layout.rows.map(() => Array.from({ length: layout.gridColumns }, () => undefined))
  layout.rows.forEach((row, r) => {
    let c = 0
    for (const cell of row.cells) {
      while (grid[r]?.[c] !== undefined) c++
      const text = cell.kind === 'text' ? cell.text : value(cell.path)
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = grid[r + dr]
          if (target) target[c + dc] = { text, origin: dr === 0 && dc === 0 }
        }
      }
      c += cell.colSpan
    }
  })
  return grid.map((row) => row.map((cell) => cell ?? { text: '', origin: true }))
}

export const table = (rows: ReadCell[][], where = '第1个表格'): ReadTable => ({ kind: 'table', rows, where })
export const para = (text: string, i = 0): ReadBlock => ({ kind: 'paragraph', text, where: `第${i + 1}段` })

export interface DocParts {
  readonly title?: readonly string[]
  readonly opening?: string
  readonly overview?: readonly string[]
  readonly problems?: string
  readonly other?: string
  /** per table id: the grid to print (default: the expanded official grid with `value`) */
  readonly grids?: Readonly<Record<string, ReadCell[][]>>
}

/** A whole report in the official order, like a .docx reader would give it. */
export function reportDocument(template: ReportTemplate, value: (path: CellPath) => string, parts: DocParts = {}): ReadDocument {
  const blocks: ReadBlock[] = []
  const p = (t: string) => blocks.push(para(t, blocks.length))
  for (const t of parts.title ?? ['北京市某区科学技术委员会', '2024年政府信息公开工作年度报告']) p(t)
  p(parts.opening ?? '依据《中华人民共和国政府信息公开条例》，编制本报告。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。')
  let n = 0
  for (const part of template.parts) {
    p(part.heading)
    if (part.kind === 'overview') for (const t of parts.overview ?? ['（一）主动公开。本年度主动公开信息若干条。']) p(t)
    if (part.kind === 'table') blocks.push(table(parts.grids?.[part.table.id] ?? expandedGrid(part.table, value), `第${++n}个表格`))
    if (part.kind === 'text') p(parts.problems ?? '存在的问题是信息更新不够及时，改进措施是建立台账。')
    if (part.kind === 'other') p(parts.other ?? '本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。')
  }
  return { source: 'docx', blocks, notices: [] }
}

/** A distinct small number per cell, so that a value read from the wrong cell is noticed. */
export function distinctValues(template: ReportTemplate): (path: CellPath) => string {
  const all = template.parts.flatMap((p) => (p.kind === 'table' ? layoutTable(p.table).inputGrid.flat() : []))
  return (path) => String(all.indexOf(path) + 1)
}
