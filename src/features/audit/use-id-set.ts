import { useCallback, useState } from 'react'

/** A set of chosen ids (checkboxes): `toggle(id, on)` is stable, `clear()` empties it. */
export function useIdSet(): { readonly ids: ReadonlySet<string>; readonly toggle: (id: string, on: boolean) => void; readonly clear: () => void } {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set())
  const toggle = useCallback((id: string, on: boolean) => {
    setIds((old) => {
      if (old.has(id) === on) return old
      const next = new Set(old)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])
  const clear = useCallback(() => setIds(new Set()), [])
  return { ids, toggle, clear }
}
