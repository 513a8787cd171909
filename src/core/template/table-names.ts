import type { ReportTemplate, TableDef } from './types'

/** A format's statistics tables in printed order (2021: 表二, 表三, 表四). */
export function tableDefs(template: ReportTemplate): TableDef[] {
  const out: TableDef[] = []
  for (const part of template.parts) if (part.kind === 'table') out.push(part.table)
  return out
}

/** 「表二、表三或表四」: the tables of a format named together in a message, `last` before the last name. */
export function tableNamesText(template: ReportTemplate, last: string = '、'): string {
  const names = tableDefs(template).map((t) => t.name)
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}${last}${names.at(-1)}`
}
