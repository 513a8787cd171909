import type { ReportContent } from '../values/types'

export const UNNAMED_AGENCY = '未命名机关'
export const MAX_AGENCY_CHARS = 60

// characters Windows refuses in file names, and control characters
// oxlint-disable-next-line no-control-regex
const INVALID = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/**
 * The download's file name: 「{机关名称}{YYYY}年政府信息公开工作年度报告.docx」, 「…（草稿）.docx」 for a draft.
 *
 * @example reportFileName({ agency: '北京市大兴区科委', year: 2024 }, { draft: false })
 * // '北京市大兴区科委2024年政府信息公开工作年度报告.docx'
 */
export function reportFileName(content: Pick<ReportContent, 'agency' | 'year'>, options: { readonly draft: boolean }): string {
  // 60 characters keep the whole name within the 255 bytes most file systems allow (3 bytes a character)
  const agency = [...(content.agency.replace(INVALID, '').replace(/\s+/g, ' ').trim() || UNNAMED_AGENCY)].slice(0, MAX_AGENCY_CHARS).join('')
  return `${agency}${content.year}年政府信息公开工作年度报告${options.draft ? '（草稿）' : ''}.docx`
}
