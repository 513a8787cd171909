import { useState, useSyncExternalStore } from 'react'
import { updates as appUpdates, type UpdateStore } from './update-store'

/** 「有新版本，刷新后生效」: shown when a new version of the app is installed and waiting. */
export function UpdateBanner({ updates = appUpdates }: { updates?: UpdateStore }) {
  const { needRefresh } = useSyncExternalStore(updates.subscribe, updates.get)
  const [hidden, setHidden] = useState(false)
  if (!needRefresh || hidden) return null
  return (
    <div className="banner update-banner" role="status">
      <span>有新版本，刷新后生效。已保存的报告不受影响。</span>
      <button type="button" onClick={() => void updates.apply()}>
        立即刷新
      </button>
      <button type="button" onClick={() => setHidden(true)}>
        稍后
      </button>
    </div>
  )
}
