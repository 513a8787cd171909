import { Document, PageOrientation, Packer } from 'docx'
import { DEFAULT_FONTS, type DocFonts } from '../../core/document/fonts'
import { FOOTER_DISTANCE_TWIPS, MARGIN_TWIPS, PAGE_TWIPS } from '../../core/document/page-style'
import type { DocModel } from '../../core/document/types'
import { docxChildren } from './docx-blocks'
import { pageNumberFooters } from './docx-footer'
import { docxStyles } from './docx-styles'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The report as a Word document: A4, GB/T 9704 margins, 22 lines × 28 characters, odd/even page numbers. */
export function docxDocument(model: DocModel, fonts: DocFonts = DEFAULT_FONTS): Document {
  return new Document({
    title: `${model.title.agency}${model.title.line}`,
    creator: model.title.agency,
    styles: docxStyles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE_TWIPS, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN_TWIPS, footer: FOOTER_DISTANCE_TWIPS, header: 851, gutter: 0 },
          },
          // No document grid: 22 lines come from exact 28.95 pt spacing and 28 characters from the body's
          // character spacing (docx-styles.ts). A character grid makes LibreOffice put each 三号 character
          // in two cells, and a line grid makes it snap every table line to 29 pt (tables twice as tall).
        },
        footers: pageNumberFooters(),
        children: docxChildren(model),
      },
    ],
  })
}

/** The .docx for download in the browser. */
export async function renderDocx(model: DocModel, fonts: DocFonts = DEFAULT_FONTS): Promise<Blob> {
  const bytes = await renderDocxBuffer(model, fonts)
  return new Blob([bytes], { type: DOCX_MIME })
}

/** The .docx bytes; works in node (tests) and in the browser. */
export async function renderDocxBuffer(model: DocModel, fonts: DocFonts = DEFAULT_FONTS): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(model, fonts)))
}
