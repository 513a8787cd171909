/**
 * GB/T 9704-2012 page geometry and type sizes (spec §5), in the units Word uses: twips (1/20 pt) for
 * lengths, half-points for font sizes. The .docx writes these; the preview converts them.
 */

/** A4 portrait. `convertMillimetersToTwip` rounds down (11905×16837), so these are written out. */
export const PAGE_TWIPS = { width: 11906, height: 16838 } as const

/**
 * 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm. Left is 1588 rather than 1587 (28 mm = 1587.4) so
 * that the text block is exactly 8844 twips = 156 mm and the tables fill it to the twip.
 */
export const MARGIN_TWIPS = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const

/** The 版心 width: 156 mm. */
export const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right

/** The 版心 height: 225 mm. */
export const TEXT_HEIGHT_TWIPS = PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom

export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28

/** 22 lines fill 225 mm: 579 twips (28.95 pt) per line; 580 would leave room for only 21. */
export const LINE_PITCH_TWIPS = Math.floor(TEXT_HEIGHT_TWIPS / LINES_PER_PAGE)

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const

/**
 * Character spacing of 三号 text, in twips, that sets 28 characters a line: the pitch 8844 / 28 =
 * 315.9 twips less the 320-twip character, rounded down: −5 (15.75 pt; 28 fit in 156 mm, 29 do not).
 */
export const BODY_CHAR_SPACING_TWIPS = Math.floor(TEXT_WIDTH_TWIPS / CHARS_PER_LINE - SIZE.body * 10)

/** Two 3号 characters: the first-line indent of body paragraphs and headings. */
export const INDENT_TWIPS = 2 * SIZE.body * 10

/** One 4号 character: how far the page number sits in from the text block's edge. */
export const PAGE_NUMBER_INDENT_TWIPS = SIZE.pageNumber * 10

/** The page number's dash top sits 7 mm below the 版心: ≈ 23 mm from the page edge (spec §5.2). */
export const FOOTER_DISTANCE_TWIPS = 1304

/** Line height inside table cells: 15 pt for 10.5 pt text. */
export const TABLE_LINE_TWIPS = 300

/** 1 mm of padding left and right in table cells, so a 10.4 mm column still holds two characters. */
export const TABLE_CELL_PADDING_TWIPS = 57

/** 0.5 mm in number cells, so a 10.4 mm column holds a five-digit number on one line. */
export const NUMBER_CELL_PADDING_TWIPS = 28
