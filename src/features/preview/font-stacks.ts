import {
  HEADING1_FONT,
  PAGE_NUMBER_FONT,
  TABLE_FONT,
  TITLE_FONTS,
  heading2Font,
  titleBold,
  type DocFonts,
} from '../../core/document/fonts'

/**
 * CSS font-family lists: the name the .docx asks for first, then what Windows, macOS and Linux have under
 * other names (spec §5.3). Debian has no 仿宋, 楷体 or 小标宋, so a Linux preview falls back to Noto CJK,
 * as the spec accepts; the line and page breaks come from the same grid either way.
 */

/** Defined in preview.css: Times New Roman (or a metric twin) for ASCII only, as Word's ascii slot. */
const LATIN = 'pv-latin'
/** Defined in preview.css: the bold face of Noto Serif CJK, standing in for 小标宋 where it is missing. */
const TITLE_FALLBACK = 'pv-title-fallback'

const SERIF = ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'serif']
const SONG = ['宋体', 'SimSun', 'NSimSun', 'STSong', 'AR PL UMing CN', ...SERIF]

const GENERIC = new Set(['serif', 'sans-serif'])

/** A CSS font-family value; repeated names are dropped (the chosen font may be a fallback too). */
function stack(names: readonly string[]): string {
  return [...new Set(names)].map((n) => (GENERIC.has(n) ? n : `'${n}'`)).join(', ')
}

export interface FontStacks {
  readonly body: string
  readonly title: string
  /** bold only when 宋体 stands in for 小标宋 (as in the .docx) */
  readonly titleWeight: string
  readonly heading1: string
  readonly heading2: string
  readonly table: string
  readonly pageNumber: string
}

export function fontStacks(fonts: DocFonts): FontStacks {
  return {
    body: stack([LATIN, fonts.body, '仿宋', 'FangSong', '仿宋_GB2312', 'FangSong_GB2312', 'STFangsong', ...SERIF]),
    title: stack([fonts.title, ...TITLE_FONTS, 'FZXiaoBiaoSong-B05S', 'STZhongsong', TITLE_FALLBACK, ...SONG]),
    titleWeight: titleBold(fonts) ? 'bold' : 'normal',
    heading1: stack([HEADING1_FONT, 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'sans-serif']),
    heading2: stack([heading2Font(fonts), '楷体', 'KaiTi', '楷体_GB2312', 'KaiTi_GB2312', 'STKaiti', 'AR PL UKai CN', ...SERIF]),
    table: stack([LATIN, TABLE_FONT, ...SONG]),
    pageNumber: stack([PAGE_NUMBER_FONT, ...SONG]),
  }
}
