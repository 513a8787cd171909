/**
 * Font names written into the .docx and used by the preview (spec §5.2, §5.3). Fonts are never
 * embedded; Word substitutes a missing one, so the user picks the names their PCs have.
 */

/** 仿宋 (Windows 7 on) is the default; 仿宋_GB2312 only on request, as it lacks characters such as 镕. */
export const BODY_FONTS = ['仿宋', '仿宋_GB2312'] as const
export type BodyFont = (typeof BODY_FONTS)[number]

/** 方正小标宋简体 is commercial and often missing; then 方正小标宋_GBK, 华文中宋, or bold 宋体. */
export const TITLE_FONTS = ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体'] as const
export type TitleFont = (typeof TITLE_FONTS)[number]

export interface DocFonts {
  readonly body: BodyFont
  readonly title: TitleFont
}

export const DEFAULT_FONTS: DocFonts = { body: '仿宋', title: '方正小标宋简体' }

/** Digits and Latin text in body and tables; Word draws them with the ascii/hAnsi slot. */
export const LATIN_FONT = 'Times New Roman'
/** 一、 headings. */
export const HEADING1_FONT = '黑体'
/** Table text: 宋体 五号 (GB/T 9704 sets no table font; local templates use 宋体). */
export const TABLE_FONT = '宋体'
/** Page numbers: 4号 半角 宋体 (GB/T 9704 §7.5). */
export const PAGE_NUMBER_FONT = '宋体'

/** （一） headings in 楷体, the _GB2312 face alongside 仿宋_GB2312 (same era, same PCs). */
export function heading2Font(fonts: DocFonts): string {
  return fonts.body === '仿宋_GB2312' ? '楷体_GB2312' : '楷体'
}

/** 宋体 stands in for 小标宋 only when bold (spec §5.3). */
export function titleBold(fonts: DocFonts): boolean {
  return fonts.title === '宋体'
}
