import { checkTiling } from '../layout/check-tiling'
import { layoutTable } from '../layout/layout-table'
import { compileTemplate } from './compile'
import { columnLeaves, rowLeaves } from '../template/tree'
import type { CellPath, ReportTemplate, Rule, TableDef } from '../template/types'
import { duplicates, partProblems, validPattern, widthProblems } from './check-parts'

function tableProblems(table: TableDef): string[] {
  const out: string[] = []
  if (table.kind === 'grid') {
    const rows = rowLeaves(table.rows).map((r) => r.leaf.id)
    const cols = columnLeaves(table.columns).map((c) => c.leaf.id)
    for (const d of duplicates(rows)) out.push(`${table.name}: 行 id「${d}」重复，每行须有唯一 id`)
    for (const d of duplicates(cols)) out.push(`${table.name}: 列 id「${d}」重复，每列须有唯一 id`)
  } else {
    const rows = table.bands.flatMap((b) => b.rows.map((r) => r.id))
    for (const d of duplicates(rows)) out.push(`${table.name}: 行 id「${d}」在多个栏目中重复，行 id 在整张表内须唯一`)
    for (const band of table.bands) {
      const span = band.columns.reduce((s, c) => s + (c.span ?? 1), 0)
      if (span !== table.dataColumns) out.push(`${table.name}「${band.label}」: 各列 span 之和为${span}，应为${table.dataColumns}`)
      for (const d of duplicates(band.columns.map((c) => c.id))) out.push(`${table.name}「${band.label}」: 列 id「${d}」重复`)
    }
  }
  const layout = layoutTable(table)
  return [...out, ...widthProblems(table), ...checkTiling(layout).map((p) => `${table.name}: ${p}`)]
}

function ruleCells(rule: Rule): readonly CellPath[] {
  switch (rule.kind) {
    case 'sum':
      return [...rule.left.cells, ...rule.right.cells]
    case 'zeroWhilePositive':
      return [rule.cell, rule.positive]
    case 'atMost':
      return [rule.cell]
    case 'implies':
      return [rule.cell, rule.requires]
    case 'text':
      return rule.cells
    case 'crossYear':
      // last year's cells may belong to the other format: only this year's must exist
      return [rule.left, rule.right].flatMap((s) => [...(s.cells ?? []), ...(s.minus ?? [])])
    case 'lastYearHint':
      return rule.cells
  }
}

/** What is wrong with a template, each with what to fix; empty when it is sound. */
export function checkTemplate(template: ReportTemplate): string[] {
  const out: string[] = partProblems(template.parts)
  if (template.title.trim() === '') out.push('title 为空')
  const tables = template.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []))
  for (const d of duplicates(tables.map((t) => t.id))) out.push(`表格 id「${d}」重复`)
  for (const t of tables) out.push(...tableProblems(t))

  const compiled = compileTemplate(template)
  for (const d of duplicates(template.rules.map((r) => r.key))) out.push(`规则 key「${d}」重复，每条规则实例须唯一`)
  const computedTargets: string[] = []
  for (const rule of template.rules) {
    for (const c of ruleCells(rule)) {
      if (!compiled.cells.has(c)) out.push(`规则 ${rule.key} 引用了不存在的单元格「${c}」：检查表格、行和列的 id`)
    }
    if (rule.kind === 'text' && !validPattern(rule.pattern)) out.push(`规则 ${rule.key} 的 pattern 不是有效的正则表达式`)
    if (rule.kind === 'sum' && rule.computes) {
      if (rule.left.cells.length !== 1) out.push(`规则 ${rule.key}: computes 要求左边只有一个合计单元格`)
      else computedTargets.push(rule.left.cells[0] ?? '')
    }
  }
  for (const d of duplicates(computedTargets)) out.push(`单元格「${d}」被多条规则计算：只保留一条 computes，其余作为校验`)
  for (const target of compiled.computedBy.keys()) {
    if (dependsOn(compiled.computedBy, target, target, new Set())) out.push(`合计单元格「${target}」的计算依赖它自己：检查 computes 规则`)
  }
  return out
}

function dependsOn(by: ReadonlyMap<CellPath, { right: { cells: readonly CellPath[] } }>, from: CellPath, target: CellPath, seen: Set<CellPath>): boolean {
  for (const op of by.get(from)?.right.cells ?? []) {
    if (op === target) return true
    if (seen.has(op)) continue
    seen.add(op)
    if (dependsOn(by, op, target, seen)) return true
  }
  return false
}

/** For loading templates at start-up: a broken template is a programmer error. */
export function assertTemplate(template: ReportTemplate): void {
  const problems = checkTemplate(template)
  if (problems.length) throw new Error(`模板 ${template.id} 有误：\n- ${problems.join('\n- ')}`)
}
