import type { Draft } from '../../core/package/draft'
import type { ReportContent } from '../../core/values/types'
import type { DraftEvent } from './draft-channel'
import type { DraftStore } from './draft-store'
import { writeJournal } from './pagehide-journal'
import { nextSeq } from './tab-id'
import { createIdleTask } from './when-idle'

export interface SaveStatus {
  readonly state: 'saved' | 'saving' | 'error' | 'conflict'
  /** ISO time of the last successful save */
  readonly savedAt?: string
  readonly message?: string
}

const OTHER_TAB = '此报告已在另一个标签页中修改，为避免互相覆盖，本页已暂停保存。可载入对方的版本或保留本页的版本（另一方的内容都会存入历史版本），也可导出数据包。'
const UNEXPECTED = '保存时出现意外错误，本次修改可能未保存。请立即导出数据包保存。'
const DELETED = '此报告已在另一个标签页中删除，本页已暂停保存。可保留本页的版本（重新保存）或导出数据包。'

export interface DraftSaver {
  /** the draft as it is this moment: the last content passed to `changed`, the last revision stored */
  latest(): Draft
  /** the editor's content after an edit; called in the key event, so it only notes it */
  changed(content: ReportContent): void
  /** saves pending changes now (force: the user's "keep mine", over another tab's save) */
  save(force?: boolean): Promise<void>
  /** the page is hidden or closed: a synchronous recovery copy, then the save */
  leave(): void
  /** another tab wrote or deleted a draft */
  heard(event: DraftEvent): void
  /** the editor closes or another draft replaces this one: a pending change still goes in, nothing is reported */
  close(): void
  status(): SaveStatus
}

/**
 * Keeps one opened draft saved. It is the one holder of the editor's content between a keystroke and the
 * store: `changed` replaces it and counts a version; a save writes what is there when it runs, after a
 * pause in changes once the browser is idle, and records the version it took. Saves run one after another,
 * so each knows the revision the previous one wrote. After a conflict it writes nothing until `save(true)`.
 */
export function createDraftSaver(opened: Draft, store: DraftStore, onStatus: (s: SaveStatus) => void, delayMs = 300): DraftSaver {
  let current = opened
  /** +1 per change; `saved.version` is the one the last successful write took */
  let version = 0
  let saved = { version: 0, revision: opened.revision }
  let conflict = false
  let closed = false
  let status: SaveStatus = { state: 'saved', savedAt: opened.updatedAt }
  let chain: Promise<void> = Promise.resolve()
  const report = (next: SaveStatus) => {
    status = next
    if (!closed) onStatus(next)
  }
  const dirty = () => version !== saved.version

  async function writeOnce(force: boolean) {
    if (!force && conflict) return
    if (!force && !dirty()) {
      // nothing new: an earlier write already took in the change that showed 「正在保存」
      if (status.state === 'saving') report({ ...status, state: 'saved' })
      return
    }
    const d = current
    const v = version
    if (status.state !== 'saving' || status.message) report({ ...status, state: 'saving', message: undefined })
    // the store drops this tab's recovery copy only if the copy was taken before this content
    const result = await store.saveDraft(d, force ? null : saved.revision, nextSeq())
    if (result.ok) {
      conflict = false
      saved = { version: v, revision: result.revision }
      current = { ...current, revision: result.revision, updatedAt: result.updatedAt }
      report({ state: dirty() ? 'saving' : 'saved', savedAt: result.updatedAt })
    } else if (result.reason === 'conflict') {
      conflict = true
      report({ ...status, state: 'conflict', message: result.theirs ? OTHER_TAB : DELETED })
    } else {
      report({ ...status, state: 'error', message: result.message })
    }
  }

  const save = (force = false): Promise<void> => {
    idle.cancel()
    // a throwing store must not break the chain, or no later save would run
    chain = chain.then(() => writeOnce(force)).catch(() => report({ ...status, state: 'error', message: UNEXPECTED }))
    return chain
  }
  // a keystroke only notes the time: one timer per pause (see when-idle.ts)
  const idle = createIdleTask(() => void save(), { quietMs: delayMs })

  return {
    latest: () => current,
    changed(content) {
      current = { ...current, content }
      version++
      // one render per burst of typing: none while the status already says so
      if (status.state === 'saved') report({ ...status, state: 'saving' })
      if (!conflict) idle.poke()
    },
    save,
    leave() {
      // an IndexedDB write may not outlive the tab: a synchronous copy first; in a conflict too (the next
      // open keeps it as a version, as it cannot be applied over the other tab's save)
      if (dirty()) writeJournal(current, saved.revision, conflict)
      void save()
    },
    heard(event) {
      if (event.id !== current.id || (event.type === 'saved' && event.revision <= saved.revision)) return
      conflict = true
      idle.cancel()
      report({ ...status, state: 'conflict', message: event.type === 'deleted' ? DELETED : OTHER_TAB })
    },
    close() {
      idle.cancel()
      if (dirty() && !closed) void save()
      closed = true
    },
    status: () => status,
  }
}
