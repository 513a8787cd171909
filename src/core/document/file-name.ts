import type { ReportContent } from '../values/types'

export const UNNAMED_AGENCY = '未命名机关'
export const MAX_AGENCY_CHARS = 60
const MAX_NAME_BYTES = 255

/** Bytes of `text` in UTF-8 (well-formed text: INVALID has removed lone surrogates). */
function utf8Length(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

// characters Windows refuses in file names, control and format characters (U+202E would show the name
// reversed, e.g. a '.docx' that reads as '.exe'), lone surrogates and the noncharacters U+FFFE/U+FFFF
const INVALID = /[\\/:*?"<>|\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu

/**
 * The download's file name: 「{机关名称}{YYYY}年政府信息公开工作年度报告.docx」, 「…（草稿）.docx」 for a draft.
 *
 * @example reportFileName({ agency: '北京市大兴区科委', year: 2024 }, { draft: false })
 * // '北京市大兴区科委2024年政府信息公开工作年度报告.docx'
 */
export function reportFileName(content: Pick<ReportContent, 'agency' | 'year'>, options: { readonly draft: boolean }): string {
  const rest = `${content.year}年政府信息公开工作年度报告${options.draft ? '（草稿）' : ''}.docx`
  const cleaned = [...(content.agency.replace(INVALID, '').replace(/\s+/g, ' ').trim() || UNNAMED_AGENCY)].slice(0, MAX_AGENCY_CHARS)
  // most file systems allow 255 bytes: 60 characters of 3 bytes fit, 60 of 4 (e.g. 𠀀) do not
  let room = MAX_NAME_BYTES - utf8Length(rest)
  let agency = ''
  for (const ch of cleaned) {
    room -= utf8Length(ch)
    if (room < 0) break
    agency += ch
  }
  return `${agency.trim() || UNNAMED_AGENCY}${rest}`
}
