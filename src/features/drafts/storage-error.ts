export interface StorageFailure {
  readonly ok: false
  readonly reason: 'storage'
  readonly message: string
}

const QUOTA = '浏览器存储空间已满：本次修改未能保存。请立即导出数据包保存，再清理浏览器的网站数据。'
const UNAVAILABLE =
  '浏览器存储不可用：本次修改未能保存（可能处于无痕/隐私模式，或浏览器禁止了网站存储）。请立即导出数据包保存。'

function errorName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string') return err.name
  return ''
}

/**
 * Any failure of IndexedDB as a message the user can act on. Quota, a missing `indexedDB`
 * (ReferenceError), private mode (InvalidStateError, SecurityError) all end here.
 */
export function storageFailure(err: unknown): StorageFailure {
  const name = errorName(err)
  const quota = name === 'QuotaExceededError' || (typeof err === 'object' && err !== null && 'code' in err && err.code === 22)
  const detail = name && name.length <= 40 ? `（${name}）` : ''
  return { ok: false, reason: 'storage', message: `${quota ? QUOTA : UNAVAILABLE}${detail}` }
}
