import { useEffect } from 'react'
import { useFontSettings } from '../features/export/use-font-settings'
import { HomePage } from './home-page'
import { screenLoader } from './screen-loader'
import { UpdateBanner } from './update-banner'
import { createIdleTask } from '../features/drafts/when-idle'
import { preloadDraft } from './draft-store'
import { routeOf, useHashRoute } from './use-hash-route'

// the editor loads with the first report opened, not with the draft list (the first screen's JavaScript budget)
const editor = screenLoader(() => import('./editor-page').then((m) => m.EditorPage))
// the review screen and its readers load only when opened: the first screen stays small
const audit = screenLoader(() => import('./audit-screen').then((m) => m.default))
// 历史版本 is opened rarely: it loads when first opened, not with the first screen
const history = screenLoader(() => import('./history-page').then((m) => m.default))

// a report opened by its address (a reload, a bookmark) fetches the editor now, beside the app's first render
const first = routeOf(window.location.hash)
// (and reads the report from IndexedDB meanwhile)
if (first.page === 'report') {
  void editor.preload()
  preloadDraft(first.id)
} else if (first.page === 'history') void history.preload()
else if (first.page === 'audit') void audit.preload()

/** Screens: the list of drafts with 新建, one report open in the editor, its 历史版本, and 审核 of many reports. */
export function App() {
  const [route, go] = useHashRoute()
  const [fonts, setFonts] = useFontSettings()
  // with the draft list shown and nothing else to do, fetch the editor, so 打开 shows the report at once
  useEffect(() => {
    if (route.page !== 'home') return
    const task = createIdleTask(() => void editor.preload(), { quietMs: 1000, timeoutMs: 5000 })
    task.poke()
    return () => task.cancel()
  }, [route.page])
  return (
    <>
      <header className="app-header">
        <h1>
          <a href="#/" className="home-link">
            年报编制助手
          </a>
        </h1>
        <span className="tagline">政府信息公开工作年度报告 · 按法定格式填写、核对、下载 · 数据只保存在本浏览器</span>
      </header>
      <UpdateBanner />
      {route.page === 'home' ? (
        <HomePage onOpen={(id) => go({ page: 'report', id })} />
      ) : route.page === 'audit' ? (
        <audit.Screen fallback={<p className="hint">正在打开审核…</p>} onOpen={(id: string) => go({ page: 'report', id })} onBack={() => go({ page: 'home' })} />
      ) : route.page === 'history' ? (
        <history.Screen
          fallback={<p className="loading">正在读取历史版本…</p>}
          key={route.id}
          id={route.id}
          fonts={fonts}
          onBack={() => go({ page: 'report', id: route.id })}
          onHome={() => go({ page: 'home' })}
        />
      ) : (
        <editor.Screen
          fallback={<p className="loading">正在打开报告…</p>}
          key={route.id}
          id={route.id}
          fonts={fonts}
          onFonts={setFonts}
          onClose={() => go({ page: 'home' })}
          onHistory={() => go({ page: 'history', id: route.id })}
        />
      )}
    </>
  )
}
