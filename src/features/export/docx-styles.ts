import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx'
import {
  HEADING1_FONT,
  LATIN_FONT,
  TABLE_FONT,
  heading2Font,
  titleBold,
  type DocFonts,
} from '../../core/document/fonts'
import { BODY_CHAR_SPACING_TWIPS, INDENT_TWIPS, LINE_PITCH_TWIPS, SIZE, TABLE_LINE_TWIPS } from '../../core/document/page-style'

/** Paragraph style ids of our own; the title and headings use Word's built-in Title, Heading1, Heading2. */
export const STYLE = { body: 'ReportBody', table: 'ReportTable', draft: 'ReportDraftMark' } as const

/** Both slots named: Word draws CJK with eastAsia and digits and Latin letters with ascii/hAnsi. */
function fontSlots(eastAsia: string, latin: string) {
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin }
}

/** Exactly one grid line per text line: 22 lines a page in Word, WPS and LibreOffice alike. */
const gridLine = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const

const twoCharIndent = { firstLineChars: 200, firstLine: INDENT_TWIPS } as const

/** GB/T 9704 styles: 仿宋 3号 body, 黑体 and 楷体 headings, 小标宋 2号 title, 宋体 五号 tables (spec §5.2). */
export function docxStyles(fonts: DocFonts): IStylesOptions {
  const kai = heading2Font(fonts)
  const bodyRun = {
    font: fontSlots(fonts.body, LATIN_FONT),
    size: SIZE.body,
    // 28 characters a line (see BODY_CHAR_SPACING_TWIPS); headings inherit it, title and tables reset it
    characterSpacing: BODY_CHAR_SPACING_TWIPS,
    color: '000000',
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  }
  return {
    default: {
      document: { run: bodyRun, paragraph: { spacing: gridLine } },
      title: {
        run: { font: fontSlots(fonts.title, fonts.title), size: SIZE.title, bold: titleBold(fonts), color: '000000', characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: gridLine },
      },
      heading1: {
        run: { font: fontSlots(HEADING1_FONT, HEADING1_FONT), size: SIZE.body, bold: false, italics: false, color: '000000' },
        paragraph: { spacing: gridLine, indent: twoCharIndent, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: fontSlots(kai, kai), size: SIZE.body, bold: false, italics: false, color: '000000' },
        paragraph: { spacing: gridLine, indent: twoCharIndent, keepNext: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      // the grid's character pitch is reckoned from Normal's size (LibreOffice reads it only there)
      { id: 'Normal', name: 'Normal', quickFormat: true, run: bodyRun, paragraph: { spacing: gridLine } },
      {
        id: STYLE.body,
        name: '报告正文',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: gridLine, indent: twoCharIndent },
      },
      {
        id: STYLE.table,
        name: '报告表格',
        basedOn: 'Normal',
        run: { font: fontSlots(TABLE_FONT, LATIN_FONT), size: SIZE.table, characterSpacing: 0 },
        paragraph: { spacing: { line: TABLE_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
      {
        id: STYLE.draft,
        name: '草稿标记',
        basedOn: 'Normal',
        run: { bold: true, color: 'C00000' },
        paragraph: { spacing: gridLine },
      },
    ],
  }
}
