import { useEffect, useState, type ComponentType, type ReactNode } from 'react'

type Loaded<P> = { readonly ok: true; readonly Screen: ComponentType<P> } | { readonly ok: false }

/**
 * A screen whose code loads on first use, shown as soon as it has loaded. Not React.lazy: a Suspense
 * boundary whose fallback has been shown holds the content back until 300 ms after the fallback
 * (React's throttle), which made reopening a report wait about 300 ms for nothing.
 * `preload()` starts the download early (the route is known before the first render).
 */
export function screenLoader<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: Loaded<P> | undefined
  let pending: Promise<Loaded<P>> | undefined
  const preload = (): Promise<Loaded<P>> =>
    (pending ??= load().then(
      (Screen) => (loaded = { ok: true, Screen }),
      // a failed download (offline before the app was cached, or a new version replaced the files) may be retried
      () => {
        pending = undefined
        return { ok: false }
      },
    ))

  function LoadedScreen({ fallback, ...props }: P & { readonly fallback: ReactNode }) {
    const [state, setState] = useState<Loaded<P> | undefined>(loaded)
    useEffect(() => {
      if (state?.ok) return
      let live = true
      void preload().then((r) => live && setState(r))
      return () => {
        live = false
      }
    }, [state])
    if (!state) return fallback
    if (!state.ok) {
      return (
        <div role="alert" className="load-failed">
          <p>未能载入此页面的程序文件（可能已离线，或年报编制助手刚更新）。已保存的报告不受影响。</p>
          <button type="button" onClick={() => window.location.reload()}>
            刷新页面
          </button>
        </div>
      )
    }
    const { Screen } = state
    return <Screen {...(props as unknown as P)} />
  }
  return { Screen: LoadedScreen, preload }
}
