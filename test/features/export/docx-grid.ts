import { attr, findAll, kid, kids, textOf, type XmlNode } from './docx-xml'

/** A merged cell on the table grid: where it starts, how far it spans, what it says. */
export interface GridCell {
  readonly row: number
  readonly col: number
  readonly rowSpan: number
  readonly colSpan: number
  readonly text: string
}

export interface DocxRow {
  readonly header: boolean
  readonly cantSplit: boolean
  readonly tcs: readonly { readonly gridSpan: number; readonly vMerge?: string; readonly width: number; readonly jc?: string }[]
}

export interface DocxTable {
  readonly gridCols: readonly number[]
  readonly layout?: string
  readonly rows: readonly DocxRow[]
  /** the merged cells, rebuilt from gridSpan and vMerge */
  readonly cells: readonly GridCell[]
}

function readRow(tr: XmlNode): DocxRow {
  const trPr = kid(tr, 'w:trPr')
  return {
    header: kid(trPr, 'w:tblHeader') !== undefined,
    cantSplit: kid(trPr, 'w:cantSplit') !== undefined,
    tcs: kids(tr, 'w:tc').map((tc) => {
      const pr = kid(tc, 'w:tcPr')
      const vm = kid(pr, 'w:vMerge')
      const jc = attr(kid(kid(kid(tc, 'w:p'), 'w:pPr'), 'w:jc'), 'w:val')
      return {
        gridSpan: Number(attr(kid(pr, 'w:gridSpan'), 'w:val') ?? 1),
        vMerge: vm ? (attr(vm, 'w:val') ?? 'continue') : undefined,
        width: Number(attr(kid(pr, 'w:tcW'), 'w:w') ?? 0),
        jc,
      }
    }),
  }
}

/** Reads a w:tbl back into its merged cells, honouring gridSpan and vMerge as Word does. */
export function readTable(tbl: XmlNode): DocxTable {
  const gridCols = findAll([tbl], 'w:gridCol').map((g) => Number(attr(g, 'w:w')))
  const layout = attr(kid(kid(tbl, 'w:tblPr'), 'w:tblLayout'), 'w:type')
  const trs = kids(tbl, 'w:tr')
  const rows = trs.map(readRow)
  const cells: { row: number; col: number; rowSpan: number; colSpan: number; text: string }[] = []
  const owner: (typeof cells)[number][][] = trs.map(() => [])
  trs.forEach((tr, r) => {
    let col = 0
    kids(tr, 'w:tc').forEach((tc, i) => {
      const { gridSpan, vMerge } = rows[r]?.tcs[i] ?? { gridSpan: 1 }
      const above = owner[r - 1]?.[col]
      let cell = above
      if (vMerge === 'continue' && above) above.rowSpan += 1
      else {
        cell = { row: r, col, rowSpan: 1, colSpan: gridSpan, text: textOf(tc) }
        cells.push(cell)
      }
      for (let c = col; c < col + gridSpan; c += 1) if (cell) (owner[r] as (typeof cells)[number][])[c] = cell
      col += gridSpan
    })
  })
  return { gridCols, layout, rows, cells }
}

export function readTables(documentXml: XmlNode[]): DocxTable[] {
  return findAll(documentXml, 'w:tbl').map(readTable)
}

/**
 * Where each cell of an HTML-like row list starts on the grid (a cell covered by a rowSpan from above
 * is absent from its row); written here apart from the renderer so the tests check it.
 */
export function placeCells<C extends { rowSpan: number; colSpan: number }>(rows: readonly (readonly C[])[]): (C & { row: number; col: number })[] {
  const busy = new Set<string>()
  const out: (C & { row: number; col: number })[] = []
  rows.forEach((cells, row) => {
    let col = 0
    for (const c of cells) {
      while (busy.has(`${row},${col}`)) col += 1
      out.push({ ...c, row, col })
      for (let r = row; r < row + c.rowSpan; r += 1) for (let k = col; k < col + c.colSpan; k += 1) busy.add(`${r},${k}`)
      col += c.colSpan
    }
  })
  return out
}
