/**
 * Reading a generated .docx back in tests (vitest and Playwright): unzip, parse the XML in order,
 * rebuild each w:tbl's merged cells from gridSpan and vMerge, and map them onto the template layouts.
 */
import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { layoutTable } from '../../src/core/layout/layout-table'
import { rawText } from '../../src/core/rules/cell-states'
import { evaluate } from '../../src/core/rules/evaluate'
import { formatNumber } from '../../src/core/rules/format-number'
import type { CellKind, CellPath, ReportTemplate } from '../../src/core/template/types'
import { normalizeCell } from '../../src/core/values/normalize-cell'
import type { ReportContent } from '../../src/core/values/types'

/** A node of fast-xml-parser's ordered output: `{ 'w:tc': [children], ':@': { 'w:val': '2' } }`. */
export type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // values stay text: 「0012」 or 「1.50」 must read back as printed
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
})

/** The parts of a .docx as text, by path inside the zip. */
export function unpackDocx(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data)
  return out
}

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? ''
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const c = node[tagOf(node)]
  return Array.isArray(c) ? (c as XmlNode[]) : []
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[':@'] as Record<string, string> | undefined
  return a?.[name]
}

/** Direct children with a tag. */
export function kids(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((n) => tagOf(n) === tag)
}

export function kid(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? kids(node, tag)[0] : undefined
}

/** Every descendant with a tag, in document order; does not look inside a match. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = []
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n)
    else out.push(...findAll(childrenOf(n), tag))
  }
  return out
}

/** The text directly inside an element (w:t, w:instrText). */
export function ownText(node: XmlNode): string {
  return childrenOf(node)
    .map((n) => (typeof n['#text'] === 'string' ? n['#text'] : ''))
    .join('')
}

/** The text of the w:t elements below a node. */
export function textOf(node: XmlNode): string {
  return findAll([node], 'w:t').map(ownText).join('')
}

/** The footer parts a section refers to, by type (default, even, first). */
export function footersByType(parts: Record<string, string>): Record<string, string> {
  const doc = parseXml(parts['word/document.xml'] ?? '')
  const rels = findAll(parseXml(parts['word/_rels/document.xml.rels'] ?? ''), 'Relationship')
  const out: Record<string, string> = {}
  for (const ref of findAll(doc, 'w:footerReference')) {
    const target = attr(rels.find((r) => attr(r, 'Id') === attr(ref, 'r:id')), 'Target')
    const type = attr(ref, 'w:type')
    if (target && type) out[type] = parts[`word/${target}`] ?? ''
  }
  return out
}

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

/** What the .docx must show for a numeric cell: the typed value in canonical form, a total as computed. */
export function expectedCellText(template: ReportTemplate, content: ReportContent, path: CellPath, kind: CellKind): string {
  const e = evaluate(template, content)
  if (e.computed.has(path)) {
    const s = e.cells.get(path)
    return s?.status === 'ok' ? formatNumber(s.value) : ''
  }
  const raw = rawText(content.cells, path)
  const r = normalizeCell(raw, kind)
  return r.status === 'ok' ? r.text : r.status === 'blank' ? '' : raw.trim()
}

/** The official tables of a .docx mapped onto the template's layouts: each value by cell path. */
export interface ReportTables {
  readonly found: ReadonlyMap<CellPath, string>
  /** spans or labels that differ from the layout; [] when every table is as laid out */
  readonly mismatches: readonly string[]
  /** the text of every paragraph, table cells included, in document order */
  readonly paragraphs: readonly string[]
}

export function readReportTables(documentXml: string, template: ReportTemplate): ReportTables {
  const doc = parseXml(documentXml)
  const tables = readTables(doc)
  const tableParts = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
  const found = new Map<CellPath, string>()
  const mismatches: string[] = []
  if (tables.length !== tableParts.length) mismatches.push(`${tableParts.length} tables in the format, ${tables.length} in the .docx`)
  tableParts.forEach((table, i) => {
    const at = new Map<string, GridCell>((tables[i]?.cells ?? []).map((c) => [`${c.row},${c.col}`, c]))
    const placed = placeCells(layoutTable(table).rows.map((r) => r.cells))
    if (placed.length !== tables[i]?.cells.length) mismatches.push(`${table.name}: ${placed.length} cells laid out, ${tables[i]?.cells.length} in the .docx`)
    for (const c of placed) {
      const x = at.get(`${c.row},${c.col}`)
      if (!x || x.rowSpan !== c.rowSpan || x.colSpan !== c.colSpan) mismatches.push(`${table.name} (${c.row},${c.col}): spans differ`)
      else if (c.kind === 'input') found.set(c.path, x.text)
      else if (x.text !== c.text) mismatches.push(`${table.name} (${c.row},${c.col}): 「${x.text}」 printed for 「${c.text}」`)
    }
  })
  return { found, mismatches, paragraphs: findAll(doc, 'w:p').map(textOf) }
}
