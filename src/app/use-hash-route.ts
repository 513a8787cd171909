import { useCallback, useSyncExternalStore } from 'react'

export type Route = { readonly page: 'home' } | { readonly page: 'report'; readonly id: string } | { readonly page: 'audit' }

function parse(hash: string): Route {
  if (hash === '#/audit') return { page: 'audit' }
  const m = /^#\/report\/([\w-]{1,80})$/.exec(hash)
  return m?.[1] ? { page: 'report', id: m[1] } : { page: 'home' }
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

/** `#/` lists the drafts, `#/report/<id>` opens one: a reload reopens the same report. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const go = useCallback((r: Route) => {
    window.location.hash = r.page === 'home' ? '#/' : r.page === 'audit' ? '#/audit' : `#/report/${r.id}`
  }, [])
  return [parse(hash), go]
}
