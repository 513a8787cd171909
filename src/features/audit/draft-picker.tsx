import { useState } from 'react'
import type { Draft } from '../../core/package/draft'
import { useIdSet } from './use-id-set'

/** 从本机草稿选择: the drafts of this browser as checkboxes, added to the review at once. */
export function DraftPicker({ listDrafts, onPick }: { listDrafts: () => Promise<Draft[]>; onPick: (d: Draft[]) => void }) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null)
  const { ids: chosen, toggle, clear } = useIdSet()
  if (drafts === null) {
    return (
      <button type="button" onClick={() => void listDrafts().then(setDrafts)}>
        从本机草稿选择…
      </button>
    )
  }
  return (
    <fieldset className="draft-picker">
      <legend>本机草稿</legend>
      {drafts.length === 0 && <p className="hint">本浏览器中没有草稿。</p>}
      {drafts.map((d) => (
        <label key={d.id} className="check-line">
          <input
            type="checkbox"
            checked={chosen.has(d.id)}
            onChange={(e) => toggle(d.id, e.target.checked)}
          />
          {d.name}
        </label>
      ))}
      <button
        type="button"
        disabled={chosen.size === 0}
        onClick={() => {
          onPick(drafts.filter((d) => chosen.has(d.id)))
          setDrafts(null)
          clear()
        }}
      >
        加入审核
      </button>
      <button type="button" onClick={() => setDrafts(null)}>
        取消
      </button>
    </fieldset>
  )
}
