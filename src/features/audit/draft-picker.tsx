import { useState } from 'react'
import type { Draft } from '../../core/package/draft'

/** 从本机草稿选择: the drafts of this browser as checkboxes, added to the review at once. */
export function DraftPicker({ listDrafts, onPick }: { listDrafts: () => Promise<Draft[]>; onPick: (d: Draft[]) => void }) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null)
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
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
            onChange={(e) => {
              const next = new Set(chosen)
              if (e.target.checked) next.add(d.id)
              else next.delete(d.id)
              setChosen(next)
            }}
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
          setChosen(new Set())
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
