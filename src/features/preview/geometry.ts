import type { CSSProperties } from 'react'
import type { DocFonts } from '../../core/document/fonts'
import {
  BODY_CHAR_SPACING_TWIPS,
  INDENT_TWIPS,
  LINE_PITCH_TWIPS,
  MARGIN_TWIPS,
  PAGE_NUMBER_INDENT_TWIPS,
  PAGE_TWIPS,
  SIZE,
  TABLE_CELL_PADDING_TWIPS,
  TABLE_LINE_TWIPS,
  TEXT_HEIGHT_TWIPS,
  TEXT_WIDTH_TWIPS,
} from '../../core/document/page-style'
import { fontStacks } from './font-stacks'

/**
 * The page geometry of page-style.ts in CSS px, so the preview is laid out at print size and only
 * scaled for the screen afterwards. 96 px per inch and 1440 twips per inch: px = twips / 15.
 */
export const pxFromTwips = (twips: number): number => twips / 15

/** Font sizes in page-style.ts are half-points; 72 pt per inch. */
const pxFromHalfPoints = (halfPoints: number): number => (halfPoints / 2) * (96 / 72)

const pxFromMm = (mm: number): number => (mm / 25.4) * 96

export const GEOMETRY = {
  pageWidth: pxFromTwips(PAGE_TWIPS.width),
  pageHeight: pxFromTwips(PAGE_TWIPS.height),
  marginTop: pxFromTwips(MARGIN_TWIPS.top),
  marginLeft: pxFromTwips(MARGIN_TWIPS.left),
  textWidth: pxFromTwips(TEXT_WIDTH_TWIPS),
  textHeight: pxFromTwips(TEXT_HEIGHT_TWIPS),
  linePitch: pxFromTwips(LINE_PITCH_TWIPS),
  /** GB/T 9704 §7.5: the page number's dash sits 7 mm below the text block */
  pageNumberGap: pxFromMm(7),
} as const

/** CSS custom properties; React sets them like any style property. */
export type CssVars = CSSProperties & Record<`--${string}`, string>

const px = (n: number) => `${n.toFixed(3)}px`

/**
 * Every size and font the preview CSS uses, as custom properties on the preview's root. One source
 * (page-style.ts, fonts.ts) for the .docx and the preview; the measurer applies the same properties, so
 * what is measured is what is shown.
 */
export function previewVars(fonts: DocFonts): CssVars {
  const stacks = fontStacks(fonts)
  return {
    '--pv-page-w': px(GEOMETRY.pageWidth),
    '--pv-page-h': px(GEOMETRY.pageHeight),
    '--pv-margin-top': px(GEOMETRY.marginTop),
    '--pv-margin-left': px(GEOMETRY.marginLeft),
    '--pv-text-w': px(GEOMETRY.textWidth),
    '--pv-text-h': px(GEOMETRY.textHeight),
    '--pv-line': px(GEOMETRY.linePitch),
    '--pv-indent': px(pxFromTwips(INDENT_TWIPS)),
    // Word's character grid sets 28 characters a line by narrowing each by 0.25 pt
    '--pv-char-spacing': px(pxFromTwips(BODY_CHAR_SPACING_TWIPS)),
    '--pv-body-size': px(pxFromHalfPoints(SIZE.body)),
    '--pv-title-size': px(pxFromHalfPoints(SIZE.title)),
    '--pv-table-size': px(pxFromHalfPoints(SIZE.table)),
    '--pv-table-line': px(pxFromTwips(TABLE_LINE_TWIPS)),
    '--pv-cell-pad': px(pxFromTwips(TABLE_CELL_PADDING_TWIPS)),
    '--pv-number-size': px(pxFromHalfPoints(SIZE.pageNumber)),
    '--pv-number-indent': px(pxFromTwips(PAGE_NUMBER_INDENT_TWIPS)),
    '--pv-number-gap': px(GEOMETRY.pageNumberGap),
    '--pv-font-body': stacks.body,
    '--pv-font-title': stacks.title,
    '--pv-title-weight': stacks.titleWeight,
    '--pv-font-h1': stacks.heading1,
    '--pv-font-h2': stacks.heading2,
    '--pv-font-table': stacks.table,
    '--pv-font-number': stacks.pageNumber,
  }
}
