import { writeFile } from 'node:fs/promises'
import { toCsv } from '../core/audit/csv'
import { problemSheet, reportSheet } from '../core/audit/result-sheets'
import type { AuditRow } from '../core/audit/types'

export const OUT_KINDS = ['xlsx', 'csv', 'json'] as const

/** The kind of --out file, from its extension; undefined when it is none of them. */
export function outKind(file: string): (typeof OUT_KINDS)[number] | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase()
  return (OUT_KINDS as readonly string[]).includes(ext ?? '') ? (ext as (typeof OUT_KINDS)[number]) : undefined
}

/**
 * Writes the result: .json (every row with its problems), .csv (the reports; the problems go beside it
 * in 「name.问题.csv」, since a CSV has one sheet), or .xlsx (sheet 报告 and sheet 问题).
 */
export async function writeResult(file: string, rows: readonly AuditRow[]): Promise<string[]> {
  const kind = outKind(file)
  if (kind === 'json') {
    await writeFile(file, `${JSON.stringify({ reports: rows }, null, 1)}\n`)
    return [file]
  }
  if (kind === 'csv') {
    const problems = file.replace(/\.csv$/i, '.问题.csv')
    await writeFile(file, toCsv(reportSheet(rows)))
    await writeFile(problems, toCsv(problemSheet(rows)))
    return [file, problems]
  }
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(reportSheet(rows)), '报告')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(problemSheet(rows)), '问题')
  await writeFile(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array)
  return [file]
}
