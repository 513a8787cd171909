import { del, entries, get, set, type UseStore } from 'idb-keyval'
import { checkDraftRecord } from '../../core/package/check-draft'
import { contentHash } from '../../core/package/content-hash'
import { cleanDraftName, defaultDraftName, type Draft } from '../../core/package/draft'
import { OLDER_PAGE_MESSAGE, SCHEMA_VERSION } from '../../core/package/schema-version'
import type { DraftVersion, VersionReason } from '../../core/package/versions'
import { createHistoryOps } from './draft-history'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { announce } from './draft-channel'
import { defaultStore, readWrite, type StoreGetter } from './idb'
import { clearAllJournals, clearOwnJournal } from './pagehide-journal'
import { recordText } from './record-text'
import { recoverCopies } from './recover-copies'
import { storageFailure, type StorageFailure } from './storage-error'
import { nextSeq, TAB_ID } from './tab-id'
import { TRASH_DAYS, trashExpired } from './trash'
import { createVersionStore, defaultVersionStore, type VersionStore } from './version-store'

/** A stored record the app cannot open. Kept as it is until the user exports or deletes it. */
export interface DamagedDraft {
  readonly key: IDBValidKey
  /** the key as text, for the list */
  readonly label: string
  readonly reason: string
  readonly raw: unknown
}

export type Failure =
  | StorageFailure
  | { readonly ok: false; readonly reason: 'missing' | 'damaged' | 'invalid' | 'newer'; readonly message: string }
export type Result<T> = ({ readonly ok: true } & T) | Failure
export type SaveResult =
  | { readonly ok: true; readonly revision: number; readonly updatedAt: string }
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: Draft | null; readonly message: string }
  | Failure

export interface DraftStore {
  /** Every record: openable drafts (newest first), those in the trash, and damaged ones, which are never dropped. */
  listDrafts(): Promise<Result<{ drafts: Draft[]; trashed: Draft[]; damaged: DamagedDraft[] }>>
  /** `notices`: what happened on the way, e.g. 「恢复了未保存的修改」 when a recovery copy was applied. */
  loadDraft(id: string): Promise<Result<{ draft: Draft; notices: string[] }>>
  /**
   * Writes the draft if the stored revision is still `expectedRevision` (null: overwrite whatever
   * another tab wrote, the user's "keep mine"; theirs is kept as a version first). `seq`: when this
   * tab took the content (tab-id.ts). Never throws.
   */
  saveDraft(draft: Draft, expectedRevision: number | null, seq?: number): Promise<SaveResult>
  createDraft(content: ReportContent, template: ReportTemplate, name?: string): Promise<Result<{ draft: Draft }>>
  renameDraft(id: string, name: string): Promise<Result<{ draft: Draft }>>
  duplicateDraft(id: string): Promise<Result<{ draft: Draft }>>
  /** Moves a draft to the trash (回收站) for TRASH_DAYS days. */
  trashDraft(id: string): Promise<Result<{ draft: Draft }>>
  restoreDraft(id: string): Promise<Result<{ draft: Draft }>>
  /** Final: the record (also a damaged one's key), its versions and every recovery copy of it. */
  deleteDraft(key: IDBValidKey): Promise<Result<object>>
  /** A damaged (or any) record's stored value as text, for the user to keep. */
  exportRaw(key: IDBValidKey): Promise<Result<{ text: string }>>
  /** Versions of a draft, newest first. */
  listVersions(id: string): Promise<Result<{ versions: DraftVersion[] }>>
  /** Keeps `draft` (e.g. this tab's content before it loads another tab's) as a version. */
  keepVersion(draft: Draft, reason: VersionReason): Promise<Result<object>>
  /** Writes a version's content over the draft; the draft as it was and the result are both kept as versions. */
  restoreVersion(id: string, versionKey: string): Promise<Result<{ draft: Draft }>>
}

const MISSING = '找不到该报告，可能已在另一个标签页中删除'
const IN_TRASH = '此报告已移入回收站。请在报告列表的“回收站”中恢复后再打开。'
const CHANGED_ELSEWHERE = '此报告已在另一个标签页中修改，为避免互相覆盖，本页已暂停保存'
const DELETED_ELSEWHERE = '此报告已在另一个标签页中删除或移入回收站，本页已暂停保存'

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export function keyLabel(key: IDBValidKey): string {
  return typeof key === 'string' || typeof key === 'number' ? String(key) : recordText(key).slice(0, 80)
}

/** The draft without the trash mark, stamped by this tab with the current schema version. */
function stamped(d: Draft, fields: Partial<Draft>): Draft {
  const { trashedAt: _trashed, ...rest } = d
  return { ...rest, schemaVersion: SCHEMA_VERSION, writer: TAB_ID, writerSeq: nextSeq(), ...fields }
}

/** The draft store over one IndexedDB object store; `formats` decide which records can be opened. */
export function createDraftStore(
  formats: readonly ReportTemplate[],
  getStore: StoreGetter = defaultStore,
  versions: VersionStore = createVersionStore(defaultVersionStore),
): DraftStore {
  /** Runs an IndexedDB operation; any throw or rejection becomes a storage failure. */
  async function guarded<T extends object>(op: (store: UseStore) => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await op(getStore())
    } catch (err) {
      return storageFailure(err)
    }
  }

  const check = (value: unknown, key: IDBValidKey) => checkDraftRecord(value, key, formats)
  /** The revision this store last wrote per draft: that record was checked before it was written. */
  const written = new Map<string, number>()
  const storedDraft = (old: unknown, id: string, expected: number | null) => {
    const rev = typeof old === 'object' && old !== null && 'revision' in old ? old.revision : undefined
    if (expected !== null && rev === expected && written.get(id) === expected && (old as { id?: unknown }).id === id) {
      return { ok: true as const, draft: old as Draft, newer: false }
    }
    return check(old, id)
  }


  /** Read-modify-write of one existing draft, announced to other tabs. */
  const modify = (id: string, change: (d: Draft) => Draft | string, event: 'saved' | 'deleted' = 'saved') =>
    guarded<{ draft: Draft }>(async (store) => {
      const result = await readWrite<Result<{ draft: Draft }>>(store, id, (old) => {
        if (old === undefined) return { result: { ok: false, reason: 'missing', message: MISSING } }
        const c = check(old, id)
        if (!c.ok) return { result: { ok: false, reason: 'damaged', message: c.reason } }
        if (c.newer) return { result: { ok: false, reason: 'newer', message: OLDER_PAGE_MESSAGE } }
        const draft = change(c.draft)
        if (typeof draft === 'string') return { result: { ok: false, reason: 'missing', message: draft } }
        return { write: draft, result: { ok: true, draft } }
      })
      if (result.ok) announce(event === 'saved' ? { type: 'saved', id, revision: result.draft.revision } : { type: 'deleted', id })
      return result
    })

  const insert = (draft: Draft) =>
    guarded<{ draft: Draft }>(async (store) => {
      // never write what the app could not read back (e.g. a 机关名称 over the limit): it would be listed as damaged
      const valid = check(draft, draft.id)
      if (!valid.ok) return { ok: false, reason: 'invalid', message: `未能保存：${valid.reason}` }
      await set(draft.id, draft, store)
      announce({ type: 'saved', id: draft.id, revision: draft.revision })
      return { ok: true, draft }
    })


  const history = createHistoryOps({ versions, check, guarded, save: (d, rev) => api.saveDraft(d, rev) })

  const api: DraftStore = {
    ...history.api,
    listDrafts: () =>
      guarded<{ drafts: Draft[]; trashed: Draft[]; damaged: DamagedDraft[] }>(async (store) => {
        const drafts: Draft[] = []
        const trashed: Draft[] = []
        const damaged: DamagedDraft[] = []
        const now = new Date()
        for (const [key, raw] of await entries<IDBValidKey, unknown>(store)) {
          const c = check(raw, key)
          if (!c.ok) damaged.push({ key, label: keyLabel(key), reason: c.reason, raw })
          else if (c.draft.trashedAt === undefined) drafts.push(c.draft)
          // past its TRASH_DAYS days in the trash: gone for good, as the trash promised
          else if (trashExpired(c.draft, now)) await api.deleteDraft(key)
          else trashed.push(c.draft)
        }
        drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        trashed.sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''))
        return { ok: true, drafts, trashed, damaged }
      }),

    loadDraft: (id) =>
      guarded<{ draft: Draft; notices: string[] }>(async (store) => {
        const raw: unknown = await get(id, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        const c = check(raw, id)
        if (!c.ok) return { ok: false, reason: 'damaged', message: c.reason }
        if (c.draft.trashedAt !== undefined) return { ok: false, reason: 'missing', message: IN_TRASH }
        const recovered = await recoverCopies(c.draft, {
          check: (v) => check(v, id),
          versions,
          apply: async (copy, stored) => {
            const saved = await api.saveDraft({ ...copy, revision: stored.revision }, stored.revision)
            return saved.ok ? { ...copy, revision: saved.revision, updatedAt: saved.updatedAt } : null
          },
        })
        return { ok: true, ...recovered }
      }),

    async saveDraft(draft, expectedRevision, seq = nextSeq()) {
      try {
        const now = new Date()
        const at = now.toISOString()
        const base = expectedRevision ?? draft.revision
        let before: Draft | null = null
        const result = await readWrite<SaveResult>(getStore(), draft.id, (old) => {
          const stored = old === undefined ? undefined : storedDraft(old, draft.id, expectedRevision)
          if (stored && !stored.ok) {
            const message = `存储中的此报告已损坏（${stored.reason}），为保留原始数据未覆盖。请导出数据包保存当前内容。`
            return { result: { ok: false, reason: 'damaged', message } }
          }
          // a newer app wrote fields or meanings this page does not know: writing would lose them
          if (stored?.newer) return { result: { ok: false, reason: 'newer', message: OLDER_PAGE_MESSAGE } }
          const theirs = stored?.draft ?? null
          if (expectedRevision !== null && (theirs?.revision !== expectedRevision || theirs.trashedAt !== undefined)) {
            const message = theirs && theirs.trashedAt === undefined ? CHANGED_ELSEWHERE : DELETED_ELSEWHERE
            return { result: { ok: false, reason: 'conflict', theirs: theirs?.trashedAt === undefined ? theirs : null, message } }
          }
          const revision = Math.max(base, theirs?.revision ?? 0) + 1
          const next = stamped(draft, { revision, updatedAt: at, writerSeq: seq })
          // never write what the app could not read back: the next load would call it damaged
          const valid = check(next, draft.id)
          if (!valid.ok) return { result: { ok: false, reason: 'invalid', message: `未能保存：${valid.reason}` } }
          before = theirs
          return { write: next, result: { ok: true, revision, updatedAt: at } }
        })
        if (result.ok) {
          written.set(draft.id, result.revision)
          clearOwnJournal(draft.id, seq)
          announce({ type: 'saved', id: draft.id, revision: result.revision })
          const prev = before as Draft | null
          if (prev && contentHash(prev) !== contentHash(draft)) {
            // "keep mine" replaces the other tab's content: it stays as a version
            if (expectedRevision === null) await versions.snapshot(prev, 'conflict-theirs', now).catch(() => undefined)
            // not awaited: the save is done, and its status should not wait for the version
            else history.afterSave(prev, now.getTime())
          }
        }
        return result
      } catch (err) {
        return storageFailure(err)
      }
    },

    createDraft(content, template, name) {
      const now = new Date().toISOString()
      // the default name (机关名称 + 年度) is kept within the stored name's limit too
      const draftName = cleanDraftName(name ?? defaultDraftName(content), content)
      return insert({
        id: newId(),
        formatId: template.id,
        formatVersion: template.version,
        name: draftName,
        content,
        createdAt: now,
        updatedAt: now,
        revision: 1,
        schemaVersion: SCHEMA_VERSION,
        writer: TAB_ID,
        writerSeq: nextSeq(),
      })
    },

    renameDraft: (id, name) =>
      modify(id, (d) => ({
        ...stamped(d, { revision: d.revision + 1, updatedAt: new Date().toISOString() }),
        name: cleanDraftName(name, d.content),
        trashedAt: d.trashedAt,
      })),

    duplicateDraft: (id) =>
      guarded<{ draft: Draft }>(async (store) => {
        const raw: unknown = await get(id, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        const c = check(raw, id)
        if (!c.ok) return { ok: false, reason: 'damaged', message: c.reason }
        const now = new Date().toISOString()
        const name = cleanDraftName(`${c.draft.name}（副本）`, c.draft.content)
        return insert(stamped(c.draft, { id: newId(), name, createdAt: now, updatedAt: now, revision: 1 }))
      }),

    trashDraft: (id) =>
      modify(
        id,
        (d) => ({ ...stamped(d, { revision: d.revision + 1, updatedAt: d.updatedAt }), trashedAt: new Date().toISOString() }),
        'deleted',
      ),

    restoreDraft: (id) =>
      modify(id, (d) =>
        d.trashedAt === undefined ? `此报告不在回收站中` : stamped(d, { revision: d.revision + 1, updatedAt: new Date().toISOString() }),
      ),

    deleteDraft: (key) =>
      guarded<object>(async (store) => {
        await del(key, store)
        if (typeof key === 'string') {
          await history.settled()
          await versions.removeAll(key)
          clearAllJournals(key)
          history.forget(key)
          announce({ type: 'deleted', id: key })
        }
        return { ok: true }
      }),

    exportRaw: (key) =>
      guarded<{ text: string }>(async (store) => {
        const raw: unknown = await get(key, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        return { ok: true, text: recordText(raw) }
      }),

  }
  return api
}

export { TRASH_DAYS }
