import { get, type UseStore } from 'idb-keyval'
import type { DraftCheck } from '../../core/package/check-draft'
import type { Draft } from '../../core/package/draft'
import { EDIT_SNAPSHOT_MS } from '../../core/package/versions'
import type { DraftStore, Failure, Result, SaveResult } from './draft-store'
import type { VersionStore } from './version-store'

const MISSING = '找不到该报告，可能已在另一个标签页中删除'

interface Deps {
  readonly versions: VersionStore
  readonly check: (value: unknown, key: IDBValidKey) => DraftCheck
  readonly guarded: <T extends object>(op: (store: UseStore) => Promise<Result<T>>) => Promise<Result<T>>
  readonly save: (draft: Draft, expectedRevision: number | null) => Promise<SaveResult>
}

/** The draft store's 历史版本 side: versions kept while editing, listing, keeping, restoring. */
export function createHistoryOps({ versions, check, guarded, save }: Deps) {
  /** Time of each draft's newest version, once looked up. */
  const lastVersion = new Map<string, number>()
  /** Version writes run after the save they follow, one after another; reading versions waits for them. */
  let work: Promise<unknown> = Promise.resolve()
  const settled = () => work.catch(() => undefined)

  /**
   * Every EDIT_SNAPSHOT_MS of editing (counted from the newest version, or the draft's creation), the
   * report as it was before the save is kept. A failure here never fails the save.
   */
  async function snapshotIfDue(before: Draft, now: number) {
    try {
      let last = lastVersion.get(before.id)
      if (last === undefined) {
        const at = await versions.latestAt(before.id)
        last = Date.parse(at ?? before.createdAt) || 0
      }
      if (now - last < EDIT_SNAPSHOT_MS) return void lastVersion.set(before.id, last)
      lastVersion.set(before.id, now)
      await versions.snapshot(before, 'edit', new Date(now))
    } catch {
      // the version is a courtesy; the save itself stands
    }
  }

  const storedVersion = async (id: string, key: string) => {
    await settled()
    return (await versions.list(id)).find((v) => v.key === key)
  }

  const api: Pick<DraftStore, 'listVersions' | 'keepVersion' | 'restoreVersion'> = {
    listVersions: (id) =>
      guarded(async () => {
        await settled()
        return { ok: true, versions: await versions.list(id) }
      }),

    keepVersion: (draft, reason) =>
      guarded(async () => {
        await versions.snapshot(draft, reason)
        return { ok: true }
      }),

    restoreVersion: (id, key) =>
      guarded<{ draft: Draft }>(async (store) => {
        const version = await storedVersion(id, key)
        if (!version) return { ok: false, reason: 'missing', message: '找不到该历史版本，可能已被清理' }
        if (!version.content) return { ok: false, reason: 'invalid', message: '该版本是无法读取的原文，不能恢复，只能导出查看' }
        const raw: unknown = await get(id, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        const c = check(raw, id)
        if (!c.ok) return { ok: false, reason: 'damaged', message: c.reason }
        const target: Draft = { ...c.draft, name: version.name || c.draft.name, content: version.content }
        const valid = check(target, id)
        if (!valid.ok) return { ok: false, reason: 'invalid', message: `该版本不能恢复：${valid.reason}` }
        await versions.snapshot(c.draft, 'before-restore')
        lastVersion.set(id, Date.now()) // the save below needs no 'edit' version of the same state
        const saved = await save(target, c.draft.revision)
        if (!saved.ok) return { ok: false, reason: 'invalid', message: saved.message } as Failure
        const draft = { ...target, revision: saved.revision, updatedAt: saved.updatedAt }
        await versions.snapshot(draft, 'restored')
        return { ok: true, draft }
      }),
  }

  return {
    api,
    settled,
    /** After a save that replaced `before`: a version if one is due, not awaited by the save. */
    afterSave: (before: Draft, now: number) => {
      work = settled().then(() => snapshotIfDue(before, now))
    },
    forget: (id: string) => lastVersion.delete(id),
  }
}
