import type { ReportTemplate } from '../template/types'

export type FormatCheck =
  | { readonly ok: true; readonly template: ReportTemplate }
  | { readonly ok: false; readonly newer: boolean; readonly message: string }

export const NEWER_MESSAGE = '该数据包由更新版本的年报编制助手导出，请更新后再导入'

/** Whether this build can read content written for `formatId` at `formatVersion`. */
export function checkFormat(formatId: string, formatVersion: number, formats: readonly ReportTemplate[]): FormatCheck {
  const template = formats.find((f) => f.id === formatId)
  if (!template) {
    const shown = formatId.length > 40 ? `${formatId.slice(0, 40)}…` : formatId
    return {
      ok: false,
      newer: false,
      message: `数据使用了本工具不认识的报告格式（${shown}），可能由更新版本的年报编制助手导出`,
    }
  }
  // older versions are fine: no template change so far needs a migration
  if (formatVersion > template.version) return { ok: false, newer: true, message: NEWER_MESSAGE }
  return { ok: true, template }
}
