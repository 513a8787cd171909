import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx'
import { PAGE_NUMBER_FONT } from '../../core/document/fonts'
import { PAGE_NUMBER_INDENT_TWIPS, SIZE } from '../../core/document/page-style'

type Side = 'right' | 'left'

/** 「— 1 —」 in 4号 半角 宋体, one character in from the text block's edge on its side. */
function pageNumberFooter(side: Side): Footer {
  const run = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: { eastAsia: PAGE_NUMBER_FONT, ascii: PAGE_NUMBER_FONT, hAnsi: PAGE_NUMBER_FONT, cs: PAGE_NUMBER_FONT },
    size: SIZE.pageNumber,
    characterSpacing: 0,
  })
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER_INDENT_TWIPS } : { left: PAGE_NUMBER_INDENT_TWIPS },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [run],
      }),
    ],
  })
}

/**
 * GB/T 9704 §7.5: odd pages carry the number on the right, even pages on the left. Word's `default`
 * footer is the odd-page one once the document has even-and-odd headers switched on.
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('right'), even: pageNumberFooter('left') }
}
