import { useEffect, useState } from 'react'

type Persistence = 'unknown' | 'granted' | 'refused' | 'unsupported'

/** Asks the browser to keep this site's data (drafts) instead of evicting it under storage pressure. */
export async function requestPersistence(storage: StorageManager | undefined = navigator.storage): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported'
  try {
    if (await storage.persisted()) return 'granted'
    return (await storage.persist()) ? 'granted' : 'refused'
  } catch {
    return 'refused'
  }
}

/** A plain note when the browser refuses to keep the drafts for sure; nothing when it agrees. */
export function PersistNote({ storage }: { readonly storage?: StorageManager }) {
  const [state, setState] = useState<Persistence>('unknown')
  useEffect(() => {
    let live = true
    void requestPersistence(storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage)).then((s) => live && setState(s))
    return () => {
      live = false
    }
  }, [storage])
  if (state !== 'refused' && state !== 'unsupported') return null
  return (
    <p className="persist-note">
      {state === 'refused' ? '浏览器未允许本网站长期保存数据' : '此浏览器不支持长期保存网站数据'}
      ：空间不足或清理浏览器数据时，保存在这里的报告可能被删除。请定期“导出全部报告”，把文件保存在电脑上。
    </p>
  )
}
