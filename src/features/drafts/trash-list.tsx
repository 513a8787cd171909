import { useState } from 'react'
import type { Draft } from '../../core/package/draft'
import { formatSavedAt } from './draft-row'
import { daysLeft, TRASH_DAYS } from './trash'

interface Props {
  readonly items: readonly Draft[]
  readonly onRestore: (draft: Draft) => void
  readonly onDeleteForever: (draft: Draft) => void
}

/** 回收站: deleted drafts for TRASH_DAYS days, folded away under a button that says how many there are. */
export function TrashList({ items, onRestore, onDeleteForever }: Props) {
  const [open, setOpen] = useState(false)
  const [now] = useState(() => new Date())
  return (
    <section className="trash" aria-labelledby="trash-title">
      <h3 id="trash-title">
        <button type="button" aria-expanded={open} aria-controls="trash-items" onClick={() => setOpen(!open)}>
          回收站（{items.length}）
        </button>
      </h3>
      {open && (
        <div id="trash-items">
          <p>删除的报告在回收站中保留 {TRASH_DAYS} 天，期间可以恢复；到期或在此彻底删除后无法找回。</p>
          {items.length === 0 ? (
            <p>回收站是空的。</p>
          ) : (
            <ul>
              {items.map((d) => (
                <li key={d.id}>
                  <strong>{d.name}</strong>（删除于 <time dateTime={d.trashedAt}>{formatSavedAt(d.trashedAt ?? '')}</time>，
                  {daysLeft(d, now)} 天后彻底删除）{' '}
                  <button type="button" aria-label={`恢复：${d.name}`} onClick={() => onRestore(d)}>
                    恢复
                  </button>{' '}
                  <button type="button" className="danger" aria-label={`彻底删除：${d.name}`} onClick={() => onDeleteForever(d)}>
                    彻底删除
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
