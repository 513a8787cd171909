import { useCallback, useSyncExternalStore } from 'react'

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'report' | 'history'; readonly id: string }
  | { readonly page: 'audit' }

/** The route an address names; anything unknown is the draft list. */
export function routeOf(hash: string): Route {
  if (hash === '#/audit') return { page: 'audit' }
  const m = /^#\/report\/([\w-]{1,80})(\/history)?$/.exec(hash)
  if (!m?.[1]) return { page: 'home' }
  return { page: m[2] ? 'history' : 'report', id: m[1] }
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

function hashOf(r: Route): string {
  switch (r.page) {
    case 'home':
      return '#/'
    case 'audit':
      return '#/audit'
    case 'history':
      return `#/report/${r.id}/history`
    case 'report':
      return `#/report/${r.id}`
  }
}

/** `#/` lists the drafts, `#/report/<id>` opens one (a reload reopens it), `#/report/<id>/history` its 历史版本, `#/audit` the audit. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const go = useCallback((r: Route) => {
    window.location.hash = hashOf(r)
  }, [])
  return [routeOf(hash), go]
}
