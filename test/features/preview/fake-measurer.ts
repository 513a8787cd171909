import { buildDocModel } from '../../../src/core/document/build-doc-model'
import type { DocBlock, DocModel, DocTableRow } from '../../../src/core/document/types'
import { evaluate } from '../../../src/core/rules/evaluate'
import { GEOMETRY } from '../../../src/features/preview/geometry'
import type { BlockMetrics, Measurer, PageBlock, TablePiece } from '../../../src/features/preview/page-types'
import { format2021 } from '../../../templates/format-2021'
import { loadSeed, type SeedName } from '../../fixtures/seeds'

/**
 * jsdom lays nothing out, so tests measure with arithmetic: every line is one grid line (22 a page),
 * a paragraph has 28 characters a line, a table row is ROW px, and a table has FRAME px of borders.
 */
export const LINE = GEOMETRY.linePitch
export const CHARS = 28
export const ROW = 20
export const FRAME = 1

export interface FakeOptions {
  readonly rowHeight?: (row: DocTableRow) => number
  /** how a cut table part measures; by default the sum of its rows */
  readonly tableHeight?: (piece: TablePiece) => number
}

export interface FakeLog {
  measured: number
  disposed: number
  lineStarts: number
  tableHeights: number
}

export const linesOf = (text: string) => Math.max(1, Math.ceil(text.length / CHARS))

export function fakeMeasurer(options: FakeOptions = {}): { measure: Measurer; log: FakeLog } {
  const log: FakeLog = { measured: 0, disposed: 0, lineStarts: 0, tableHeights: 0 }
  const rowHeight = options.rowHeight ?? (() => ROW)
  const sumRows = (piece: TablePiece) => [...piece.head, ...piece.rows].reduce((h, r) => h + rowHeight(r), FRAME)
  const metrics = (b: PageBlock): BlockMetrics => {
    switch (b.kind) {
      case 'draft':
      case 'heading':
        return { height: LINE }
      case 'title':
        return { height: (b.agency === '' ? 2 : 3) * LINE }
      case 'paragraph':
        return { height: linesOf(b.text) * LINE, lines: linesOf(b.text) }
      case 'table': {
        const rows = [...b.head, ...b.rows].map(rowHeight)
        return { height: rows.reduce((a, x) => a + x, FRAME), rows }
      }
    }
  }
  const measure: Measurer = (flow) => {
    log.measured += 1
    return {
      blocks: flow.map(metrics),
      lineStart: (_index, line) => {
        log.lineStarts += 1
        return line * CHARS
      },
      tableHeight: (piece) => {
        log.tableHeights += 1
        return (options.tableHeight ?? sumRows)(piece)
      },
      dispose: () => {
        log.disposed += 1
      },
    }
  }
  return { measure, log }
}

/** A paragraph of exactly `lines` fake lines, starting with `tag`; no two neighbouring characters alike. */
export function para(lines: number, tag = '甲'): DocBlock {
  const rest = Array.from({ length: lines * CHARS - 1 }, (_, i) => String.fromCharCode(0x4e00 + (i % 400))).join('')
  return { kind: 'paragraph', text: tag + rest }
}

/** A model with agency (title = 3 lines) and the given blocks. */
export function model(blocks: DocBlock[], draftMark?: string): DocModel {
  const title = { agency: '某区某局', line: '2024年政府信息公开工作年度报告' }
  return draftMark === undefined ? { title, blocks } : { title, draftMark, blocks }
}

export function seedModel(name: SeedName, draft = false): DocModel {
  const { content } = loadSeed(name)
  return buildDocModel(format2021, content, evaluate(format2021, content), { draft })
}
