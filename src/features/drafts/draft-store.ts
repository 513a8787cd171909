import { del, entries, get, set, type UseStore } from 'idb-keyval'
import { checkDraftRecord } from '../../core/package/check-draft'
import { cleanDraftName, defaultDraftName, type Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { announce } from './draft-channel'
import { defaultStore, readWrite, type StoreGetter } from './idb'
import { clearJournal, readJournal } from './pagehide-journal'
import { rawText } from './raw-text'
import { storageFailure, type StorageFailure } from './storage-error'

/** A stored record the app cannot open. Kept as it is until the user exports or deletes it. */
export interface DamagedDraft {
  readonly key: IDBValidKey
  /** the key as text, for the list */
  readonly label: string
  readonly reason: string
  readonly raw: unknown
}

export type Failure = StorageFailure | { readonly ok: false; readonly reason: 'missing' | 'damaged' | 'invalid'; readonly message: string }
export type Result<T> = ({ readonly ok: true } & T) | Failure
export type SaveResult =
  | { readonly ok: true; readonly revision: number; readonly updatedAt: string }
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: Draft | null; readonly message: string }
  | Failure

export interface DraftStore {
  /** Every record: openable drafts (newest first) and damaged ones, which are never dropped. */
  listDrafts(): Promise<Result<{ drafts: Draft[]; damaged: DamagedDraft[] }>>
  loadDraft(id: string): Promise<Result<{ draft: Draft }>>
  /**
   * Writes the draft if the stored revision is still `expectedRevision` (null: overwrite whatever
   * another tab wrote, the user's "keep mine"). Never throws.
   */
  saveDraft(draft: Draft, expectedRevision: number | null): Promise<SaveResult>
  createDraft(content: ReportContent, template: ReportTemplate, name?: string): Promise<Result<{ draft: Draft }>>
  renameDraft(id: string, name: string): Promise<Result<{ draft: Draft }>>
  duplicateDraft(id: string): Promise<Result<{ draft: Draft }>>
  /** Also takes a damaged record's key. */
  deleteDraft(key: IDBValidKey): Promise<Result<object>>
  /** A damaged (or any) record's stored value as text, for the user to keep. */
  exportRaw(key: IDBValidKey): Promise<Result<{ text: string }>>
}

const MISSING = '找不到该报告，可能已在另一个标签页中删除'
const CHANGED_ELSEWHERE = '此报告已在另一个标签页中修改，为避免互相覆盖，本页已暂停保存'
const DELETED_ELSEWHERE = '此报告已在另一个标签页中删除，本页已暂停保存'

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export function keyLabel(key: IDBValidKey): string {
  return typeof key === 'string' || typeof key === 'number' ? String(key) : rawText(key).slice(0, 80)
}

/** The draft store over one IndexedDB object store; `formats` decide which records can be opened. */
export function createDraftStore(formats: readonly ReportTemplate[], getStore: StoreGetter = defaultStore): DraftStore {
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
  /**
   * The stored record as a draft. The one this tab wrote last is not parsed again (each autosave would
   * otherwise check the whole report twice); anything else, e.g. another tab's write, is checked in full.
   */
  const storedDraft = (old: unknown, id: string, expected: number | null) => {
    const rev = typeof old === 'object' && old !== null && 'revision' in old ? old.revision : undefined
    if (expected !== null && rev === expected && written.get(id) === expected && (old as { id?: unknown }).id === id) {
      return { ok: true as const, draft: old as Draft }
    }
    return check(old, id)
  }

  /** Read-modify-write of one existing draft, announced to other tabs. */
  const modify = (id: string, change: (d: Draft) => Draft) =>
    guarded<{ draft: Draft }>(async (store) => {
      const result = await readWrite<Result<{ draft: Draft }>>(store, id, (old) => {
        if (old === undefined) return { result: { ok: false, reason: 'missing', message: MISSING } }
        const c = check(old, id)
        if (!c.ok) return { result: { ok: false, reason: 'damaged', message: c.reason } }
        const draft = change(c.draft)
        return { write: draft, result: { ok: true, draft } }
      })
      if (result.ok) announce({ type: 'saved', id, revision: result.draft.revision })
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

  /** Applies the copy the last tab wrote on its way out, if nothing was saved after it. */
  async function recover(stored: Draft): Promise<Draft> {
    const journal = readJournal(stored.id)
    if (!journal) return stored
    const copy = check(journal.draft, stored.id)
    // saved after the copy was taken (or the copy is unreadable): the stored draft is the newer one
    if (!copy.ok || journal.baseRevision !== stored.revision) {
      clearJournal(stored.id)
      return stored
    }
    const saved = await api.saveDraft({ ...copy.draft, revision: stored.revision }, stored.revision)
    if (!saved.ok) return { ...copy.draft, revision: stored.revision } // shown now; the copy stays until a save works
    clearJournal(stored.id)
    return { ...copy.draft, revision: saved.revision, updatedAt: saved.updatedAt }
  }

  const api: DraftStore = {
    listDrafts: () =>
      guarded<{ drafts: Draft[]; damaged: DamagedDraft[] }>(async (store) => {
        const drafts: Draft[] = []
        const damaged: DamagedDraft[] = []
        for (const [key, raw] of await entries<IDBValidKey, unknown>(store)) {
          const c = check(raw, key)
          if (c.ok) drafts.push(c.draft)
          else damaged.push({ key, label: keyLabel(key), reason: c.reason, raw })
        }
        drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        return { ok: true, drafts, damaged }
      }),

    loadDraft: (id) =>
      guarded<{ draft: Draft }>(async (store) => {
        const raw: unknown = await get(id, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        const c = check(raw, id)
        if (!c.ok) return { ok: false, reason: 'damaged', message: c.reason }
        return { ok: true, draft: await recover(c.draft) }
      }),

    async saveDraft(draft, expectedRevision) {
      try {
        const now = new Date().toISOString()
        const base = expectedRevision ?? draft.revision
        const result = await readWrite<SaveResult>(getStore(), draft.id, (old) => {
          const stored = old === undefined ? undefined : storedDraft(old, draft.id, expectedRevision)
          if (stored && !stored.ok) {
            const message = `存储中的此报告已损坏（${stored.reason}），为保留原始数据未覆盖。请导出数据包保存当前内容。`
            return { result: { ok: false, reason: 'damaged', message } }
          }
          const theirs = stored?.draft ?? null
          if (expectedRevision !== null && theirs?.revision !== expectedRevision) {
            const message = theirs ? CHANGED_ELSEWHERE : DELETED_ELSEWHERE
            return { result: { ok: false, reason: 'conflict', theirs, message } }
          }
          const revision = Math.max(base, theirs?.revision ?? 0) + 1
          const next: Draft = { ...draft, revision, updatedAt: now }
          // never write what the app could not read back: the next load would call it damaged
          const valid = check(next, draft.id)
          if (!valid.ok) return { result: { ok: false, reason: 'invalid', message: `未能保存：${valid.reason}` } }
          return { write: next, result: { ok: true, revision, updatedAt: now } }
        })
        if (result.ok) {
          written.set(draft.id, result.revision)
          announce({ type: 'saved', id: draft.id, revision: result.revision })
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
      })
    },

    renameDraft: (id, name) =>
      modify(id, (d) => ({
        ...d,
        name: cleanDraftName(name, d.content),
        revision: d.revision + 1,
        updatedAt: new Date().toISOString(),
      })),

    duplicateDraft: (id) =>
      guarded<{ draft: Draft }>(async (store) => {
        const raw: unknown = await get(id, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        const c = check(raw, id)
        if (!c.ok) return { ok: false, reason: 'damaged', message: c.reason }
        const now = new Date().toISOString()
        const name = cleanDraftName(`${c.draft.name}（副本）`, c.draft.content)
        return insert({ ...c.draft, id: newId(), name, createdAt: now, updatedAt: now, revision: 1 })
      }),

    deleteDraft: (key) =>
      guarded<object>(async (store) => {
        await del(key, store)
        if (typeof key === 'string') announce({ type: 'deleted', id: key })
        return { ok: true }
      }),

    exportRaw: (key) =>
      guarded<{ text: string }>(async (store) => {
        const raw: unknown = await get(key, store)
        if (raw === undefined) return { ok: false, reason: 'missing', message: MISSING }
        return { ok: true, text: rawText(raw) }
      }),
  }
  return api
}
