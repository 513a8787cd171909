import type { z } from 'zod/mini'
import { cellPath } from '../template/cell-path'
import { compileTemplate } from '../template-compile/compile'
import type { ReportTemplate } from '../template/types'

/** Field names as the user knows them from the form; anything else is shown as typed, cut short. */
const LABELS: Record<string, string> = {
  kind: '数据包类型',
  packageVersion: '数据包版本',
  formatId: '格式编号',
  formatVersion: '格式版本',
  exportedAt: '导出时间',
  name: '报告名称',
  content: '报告内容',
  agency: '机关名称',
  year: '报告年度',
  unitType: '单位类型',
  opening: '开头段落',
  overview: '总体情况',
  title: '标题',
  body: '正文',
  topicId: '主题',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
  cells: '表格',
  manualTotals: '手工合计设置',
  id: '编号',
  createdAt: '创建时间',
  updatedAt: '保存时间',
  revision: '修订号',
}

const EXPECTED: Record<string, string> = {
  string: '应为文字',
  number: '应为数字',
  int: '应为整数',
  array: '应为列表',
  object: '应为对象',
  record: '应为对象',
}

function segmentText(segment: PropertyKey): string {
  if (typeof segment === 'number') return `第${segment + 1}项`
  const key = String(segment)
  return Object.hasOwn(LABELS, key) ? (LABELS[key] ?? key) : key.length > 20 ? `${key.slice(0, 20)}…` : key
}

function reasonText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `缺少或类型不对，${EXPECTED[issue.expected] ?? '类型不对'}`
    case 'too_big':
      return issue.origin === 'string' ? `过长，最多${issue.maximum}字` : `超出上限 ${issue.maximum}`
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : `低于下限 ${issue.minimum}`
    case 'invalid_value':
      return '取值无效'
    case 'invalid_key':
      return '字段名无效'
    case 'custom':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '不符合要求'
    default:
      return '不符合要求'
  }
}

/**
 * A path in the words of the form. With the template, a cell is named by its printed labels
 * (表三「一、本年新收政府信息公开申请数量」「科研机构」), never by ids such as t3 › new_received › research.
 */
function pathText(path: readonly PropertyKey[], template: ReportTemplate | undefined): string {
  const words: string[] = []
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PropertyKey
    if (segment === 'cells' && template) {
      const compiled = compileTemplate(template)
      const [table, row, col] = path.slice(i + 1, i + 4).map(String)
      const cell = table && row && col ? compiled.cells.get(cellPath(table, row, col)) : undefined
      if (cell) {
        words.push(cell.name)
        i += 3
        continue
      }
      const known = table ? compiled.tables.get(table) : undefined
      words.push(segmentText(segment))
      if (known) {
        words.push(known.table.name)
        i += 1
      }
      continue
    }
    words.push(segmentText(segment))
  }
  return words.join(' › ')
}

/**
 * The first `max` zod issues as 「机关名称（应为文字）；…」 — paths in the words of the form; with the
 * template the content was written for, cells by their printed labels.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3, template?: ReportTemplate): string {
  const shown = issues.slice(0, max).map((issue) => {
    const path = issue.path.length === 0 ? '整体' : pathText(issue.path, template)
    return `${path}（${reasonText(issue)}）`
  })
  const more = issues.length > max ? `等${issues.length}处问题` : ''
  return `${shown.join('；')}${more}`
}
