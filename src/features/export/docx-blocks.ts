import { HeadingLevel, Paragraph, type Table } from 'docx'
import { LINE_PITCH_TWIPS } from '../../core/document/page-style'
import type { DocBlock, DocModel } from '../../core/document/types'
import { assertNever } from '../../lib/assert-never'
import { STYLE } from './docx-styles'
import { docxTable } from './docx-table'

function block(b: DocBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, text: b.text })
    case 'paragraph':
      return new Paragraph({ style: STYLE.body, text: b.text })
    case 'table':
      return docxTable(b)
    default:
      return assertNever(b)
  }
}

/**
 * The body of the document: the draft line, the title (agency name, then the report line, then one
 * blank line), and the blocks in order.
 */
export function docxChildren(model: DocModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = []
  if (model.draftMark) out.push(new Paragraph({ style: STYLE.draft, text: model.draftMark }))
  if (model.title.agency) out.push(new Paragraph({ heading: HeadingLevel.TITLE, text: model.title.agency }))
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, text: model.title.line, spacing: { after: LINE_PITCH_TWIPS } }))
  out.push(...model.blocks.map(block))
  return out
}
