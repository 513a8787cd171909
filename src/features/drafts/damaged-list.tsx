import type { DamagedDraft } from './draft-store'

interface Props {
  readonly items: readonly DamagedDraft[]
  readonly onExport: (item: DamagedDraft) => void
  readonly onDelete: (item: DamagedDraft) => void
}

/** Records the app cannot open, shown apart so the rest of the list works; nothing here is deleted unasked. */
export function DamagedList({ items, onExport, onDelete }: Props) {
  if (items.length === 0) return null
  return (
    <section className="damaged-drafts" aria-labelledby="damaged-drafts-title">
      <h2 id="damaged-drafts-title">无法打开的报告</h2>
      <p>以下记录已损坏或由更新版本的年报编制助手保存，无法打开。原始数据仍然保留，可以导出保存；其他报告不受影响。</p>
      <ul>
        {items.map((item, i) => (
          // labels can repeat (key 1 and key '1'); the store's order is stable
          <li key={i}>
            <strong>记录“{item.label}”</strong>：{item.reason}{' '}
            <button type="button" aria-label={`导出原始数据：记录“${item.label}”`} onClick={() => onExport(item)}>
              导出原始数据
            </button>{' '}
            <button type="button" aria-label={`删除损坏的记录“${item.label}”`} onClick={() => onDelete(item)}>
              删除
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
