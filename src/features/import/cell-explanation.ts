/** What the review says about a cell: how it was read, and the evidence (spec §8, provenance). */
import type { CellProvenance, ProvenanceHow } from '../../core/import/types'

export const HOW_LABEL: Record<ProvenanceHow, string> = {
  read: '已读取',
  blank: '空白',
  placeholder: '占位符按0',
  summed: '分项相加',
  missing: '未找到',
}

/** Cells worth a mark on the review: everything not read plainly as a number. */
export function isMarked(p: CellProvenance | undefined, value: string): boolean {
  if (!p) return true
  return p.how !== 'read' || !/^-?\d+(\.\d+)?$/.test(value)
}

export function explain(p: CellProvenance | undefined, value: string): string {
  if (!p) return '未找到：原文中没有这个单元格，请填写'
  const where = [p.where, p.rowLabel && `行「${p.rowLabel}」`, p.columnLabel && `列「${p.columnLabel}」`].filter(Boolean).join('，')
  const raw = p.raw.trim() === '' ? '（空白）' : `「${p.raw.trim()}」`
  switch (p.how) {
    case 'blank':
      return `空白：原文此格为空，保持空白，请填写（没有发生请填0）。来源：${where}`
    case 'placeholder':
      return `占位符：原文为${raw}，按0导入。来源：${where}`
    case 'summed':
      return `分项相加：官方格式只有一行，原文分项 ${p.raw} 相加为 ${value || '（无）'}。来源：${where}`
    case 'missing':
      return `未找到：原文中没有这一行或这一列，请填写。${where ? `应在：${where}` : ''}`
    case 'read':
      return /^-?\d+(\.\d+)?$/.test(value) ? `原文${raw}。来源：${where}` : `不是数字：原文为${raw}，请改为数字。来源：${where}`
  }
}
