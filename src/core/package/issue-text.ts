import type { z } from 'zod/mini'

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

/** The first `max` zod issues as 「机关名称（应为文字）；…」 — paths in the words of the form. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => {
    const path = issue.path.length === 0 ? '整体' : issue.path.map(segmentText).join(' › ')
    return `${path}（${reasonText(issue)}）`
  })
  const more = issues.length > max ? `等${issues.length}处问题` : ''
  return `${shown.join('；')}${more}`
}
