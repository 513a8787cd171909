import { useCallback, useSyncExternalStore } from 'react'

export type Route = { readonly page: 'home' } | { readonly page: 'report' | 'history'; readonly id: string }

function parse(hash: string): Route {
  const m = /^#\/report\/([\w-]{1,80})(\/history)?$/.exec(hash)
  if (!m?.[1]) return { page: 'home' }
  return { page: m[2] ? 'history' : 'report', id: m[1] }
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

/** `#/` lists the drafts, `#/report/<id>` opens one (a reload reopens it), `#/report/<id>/history` its 历史版本. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const go = useCallback((r: Route) => {
    window.location.hash = r.page === 'home' ? '#/' : r.page === 'history' ? `#/report/${r.id}/history` : `#/report/${r.id}`
  }, [])
  return [parse(hash), go]
}
