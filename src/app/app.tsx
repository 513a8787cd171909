import { lazy, Suspense } from 'react'
import { useFontSettings } from '../features/export/use-font-settings'
import { HomePage } from './home-page'
import { UpdateBanner } from './update-banner'
import { useHashRoute } from './use-hash-route'

// the editor loads with the first report opened, not with the draft list (the first screen's JavaScript budget)
const EditorPage = lazy(() => import('./editor-page').then((m) => ({ default: m.EditorPage })))
// the review screen and its readers load only when opened: the first screen stays small
const AuditScreen = lazy(() => import('./audit-screen'))
// 历史版本 is opened rarely: it loads when first opened, not with the first screen
const HistoryPage = lazy(() => import('./history-page'))

/** Screens: the list of drafts with 新建, one report open in the editor, its 历史版本, and 审核 of many reports. */
export function App() {
  const [route, go] = useHashRoute()
  const [fonts, setFonts] = useFontSettings()
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
        <Suspense fallback={<p className="hint">正在打开审核…</p>}>
          <AuditScreen onOpen={(id) => go({ page: 'report', id })} onBack={() => go({ page: 'home' })} />
        </Suspense>
      ) : route.page === 'history' ? (
        <Suspense fallback={<p className="loading">正在读取历史版本…</p>}>
          <HistoryPage key={route.id} id={route.id} fonts={fonts} onBack={() => go({ page: 'report', id: route.id })} onHome={() => go({ page: 'home' })} />
        </Suspense>
      ) : (
        <Suspense fallback={<p className="loading">正在打开报告…</p>}>
          <EditorPage
            key={route.id}
            id={route.id}
            fonts={fonts}
            onFonts={setFonts}
            onClose={() => go({ page: 'home' })}
            onHistory={() => go({ page: 'history', id: route.id })}
          />
        </Suspense>
      )}
    </>
  )
}
