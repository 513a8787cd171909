import { toCsv } from '../../core/audit/csv'
import { problemSheet, reportSheet } from '../../core/audit/result-sheets'
import type { AuditRow } from '../../core/audit/types'
import { downloadText } from '../../ui/download'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_MIME = 'text/csv;charset=utf-8'

const stamp = () => new Date().toISOString().slice(0, 10)

/** Sheet 1 报告, sheet 2 问题; the xlsx library (about 400 kB) is loaded only now. */
export async function exportXlsx(rows: readonly AuditRow[]): Promise<boolean> {
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(reportSheet(rows)), '报告')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(problemSheet(rows)), '问题')
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  return downloadText(new Blob([bytes], { type: XLSX_MIME }), `审核结果-${stamp()}.xlsx`)
}

export function exportCsv(rows: readonly AuditRow[], which: 'reports' | 'problems'): boolean {
  const csv = toCsv(which === 'reports' ? reportSheet(rows) : problemSheet(rows))
  return downloadText(csv, `审核${which === 'reports' ? '结果' : '问题'}-${stamp()}.csv`, CSV_MIME)
}
