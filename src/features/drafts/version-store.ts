import { createStore, delMany, promisifyRequest, set, type UseStore } from 'idb-keyval'
import type { Draft } from '../../core/package/draft'
import {
  compactContent,
  versionKey,
  versionsToDrop,
  versionTime,
  type DraftVersion,
  type VersionReason,
} from '../../core/package/versions'
import type { StoreGetter } from './idb'

let shared: UseStore | undefined

/** Versions live in their own database: the drafts' store keeps one record per draft, and old tabs never see these. */
export const defaultVersionStore: StoreGetter = () => {
  shared ??= createStore('nianbao-versions', 'versions')
  return shared
}

const range = (draftId: string) => IDBKeyRange.bound(`${draftId}|`, `${draftId}|\uffff`)
let made = 0
/** Sorts versions kept in the same millisecond in the order they were made (then apart across tabs). */
const salt = () => `${(made++).toString(36).padStart(5, '0')}${Math.random().toString(36).slice(2, 5)}`

export interface VersionStore {
  /** Keeps `draft` as a version and drops what the retention rule no longer keeps. Throws on storage failure. */
  snapshot(draft: Draft, reason: VersionReason, now?: Date): Promise<DraftVersion>
  /** A recovery copy that could not be read, kept as its text. */
  keepRaw(draftId: string, raw: string, reason: VersionReason, now?: Date): Promise<void>
  /** Newest first. */
  list(draftId: string): Promise<DraftVersion[]>
  /** Time of the newest version, or null. */
  latestAt(draftId: string): Promise<string | null>
  /** Every version of the draft, for a final delete. */
  removeAll(draftId: string): Promise<void>
}

export function createVersionStore(getStore: StoreGetter = defaultVersionStore): VersionStore {
  const keysOf = (draftId: string) =>
    getStore()('readonly', (s) => promisifyRequest(s.getAllKeys(range(draftId)))) as Promise<string[]>

  async function prune(draftId: string, now: Date) {
    const drop = versionsToDrop(await keysOf(draftId), now)
    if (drop.length) await delMany(drop, getStore())
  }

  async function put(version: DraftVersion, now: Date) {
    await set(version.key, version, getStore())
    await prune(version.draftId, now)
  }

  return {
    async snapshot(draft, reason, now = new Date()) {
      const at = now.toISOString()
      const version: DraftVersion = {
        key: versionKey(draft.id, at, salt()),
        draftId: draft.id,
        at,
        reason,
        name: draft.name,
        formatId: draft.formatId,
        formatVersion: draft.formatVersion,
        content: compactContent(draft.content),
      }
      await put(version, now)
      return version
    },
    async keepRaw(draftId, raw, reason, now = new Date()) {
      const at = now.toISOString()
      const version: DraftVersion = { key: versionKey(draftId, at, salt()), draftId, at, reason, name: '', formatId: '', formatVersion: 0, content: null, raw }
      await put(version, now)
    },
    async list(draftId) {
      const all = (await getStore()('readonly', (s) => promisifyRequest(s.getAll(range(draftId))))) as DraftVersion[]
      return all.reverse()
    },
    async latestAt(draftId) {
      const keys = await keysOf(draftId)
      const last = keys[keys.length - 1]
      return last === undefined ? null : versionTime(last)
    },
    async removeAll(draftId) {
      await getStore()('readwrite', (s) => promisifyRequest(s.delete(range(draftId))))
    },
  }
}
