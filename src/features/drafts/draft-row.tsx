import type { ReactNode } from 'react'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import { UNIT_TYPES } from '../../core/values/types'

export interface ProblemCount {
  readonly errors: number
  readonly warnings: number
}

export type RowAction = 'open' | 'rename' | 'duplicate' | 'delete' | 'export'

const ACTIONS: readonly [RowAction, string][] = [
  ['open', '打开'],
  ['rename', '重命名'],
  ['duplicate', '复制'],
  ['export', '导出数据包'],
  ['delete', '删除'],
]

const TIME = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

export function formatSavedAt(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date)
}

/** `undefined` while the rule engine is still loading (it is not part of the first screen's JavaScript). */
function statusText(count: ProblemCount | null | undefined): string {
  if (count === undefined) return '正在检查…'
  if (!count) return '无法检查'
  if (count.errors === 0 && count.warnings === 0) return '未发现问题'
  return [count.errors ? `${count.errors} 个错误` : '', count.warnings ? `${count.warnings} 个提醒` : ''].filter(Boolean).join('，')
}

interface Props {
  readonly draft: Draft
  readonly format: ReportTemplate | undefined
  readonly summarize: (draft: Draft) => ProblemCount | undefined
  readonly onAction: (action: RowAction, draft: Draft) => void
  /** more actions for this draft, after the standard ones */
  readonly extra?: ReactNode
}

/** One draft in the list; every button's name says which draft it acts on. */
export function DraftRow({ draft, format, summarize, onAction, extra }: Props) {
  let count: ProblemCount | null | undefined
  try {
    count = summarize(draft)
  } catch {
    count = null // a rule that fails on odd content must not take the whole list down
  }
  const { content } = draft
  return (
    <tr>
      <th scope="row">
        {draft.name}
        <div className="draft-meta">
          {content.agency || '未填写机关名称'} · {content.year}年度
        </div>
      </th>
      <td>{UNIT_TYPES[content.unitType]}</td>
      <td title={format?.title}>{format?.title.split('（')[0] ?? draft.formatId}</td>
      <td data-errors={count?.errors ?? ''}>{statusText(count)}</td>
      <td>
        <time dateTime={draft.updatedAt}>{formatSavedAt(draft.updatedAt)}</time>
      </td>
      <td className="draft-actions">
        {ACTIONS.map(([action, label]) => (
          <button
            key={action}
            type="button"
            className={action === 'delete' ? 'danger' : action === 'open' ? 'primary' : undefined}
            aria-label={`${label}：${draft.name}`}
            onClick={() => onAction(action, draft)}
          >
            {label}
          </button>
        ))}
        {extra}
      </td>
    </tr>
  )
}
