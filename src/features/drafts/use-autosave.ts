import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Draft } from '../../core/package/draft'
import { listen } from './draft-channel'
import { writeJournal } from './pagehide-journal'
import { nextSeq } from './tab-id'
import type { DraftStore } from './draft-store'

export interface AutosaveStatus {
  readonly state: 'saved' | 'saving' | 'error' | 'conflict'
  /** ISO time of the last successful save */
  readonly savedAt?: string
  readonly message?: string
}

export interface AutosaveOptions {
  readonly store: DraftStore
  /** quiet time after the last change before saving; well under the 1 s promise */
  readonly delayMs?: number
  /** the new revision, so the caller can keep its draft's revision current (optional) */
  readonly onSaved?: (saved: { revision: number; updatedAt: string }) => void
  /**
   * The draft as it is this moment, for a caller that passes its changes in `draft` only when idle (the
   * editor does, to keep keystrokes light): saves and the pagehide copy read this instead.
   */
  readonly latest?: () => Draft | null
}

export interface Autosave {
  readonly status: AutosaveStatus
  /** saves pending changes now */
  readonly flush: () => Promise<void>
  /** "keep mine": writes this tab's version over the other tab's and resumes saving */
  readonly overwrite: () => Promise<void>
  /**
   * For a caller with `latest`: a change exists that it will pass in when idle. The status says
   * 「正在保存」 at once (one render per burst of typing, none while it already says so).
   */
  readonly changed: () => void
}

const OTHER_TAB = '此报告已在另一个标签页中修改，为避免互相覆盖，本页已暂停保存。可载入对方的版本或保留本页的版本（另一方的内容都会存入历史版本），也可导出数据包。'
const UNEXPECTED = '保存时出现意外错误，本次修改可能未保存。请立即导出数据包保存。'
const DELETED = '此报告已在另一个标签页中删除，本页已暂停保存。可保留本页的版本（重新保存）或导出数据包。'

/** What was last written (or loaded): changes are detected by identity, as the editor replaces objects. */
interface Saved {
  readonly id: string
  readonly revision: number
  readonly content: Draft['content']
  readonly name: string
}

const snapshot = (d: Draft, revision = d.revision): Saved => ({ id: d.id, revision, content: d.content, name: d.name })
const isDirty = (d: Draft, s: Saved) => d.content !== s.content || d.name !== s.name

/**
 * Keeps `draft` saved: debounced after each change, at once on pagehide / hidden tab / unmount.
 * After a conflict it writes nothing until `overwrite()` or a newer draft (e.g. theirs reloaded) is passed in.
 */
export function useAutosave(draft: Draft | null, { store, delayMs = 300, onSaved, latest }: AutosaveOptions): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved', savedAt: draft?.updatedAt })
  const draftRef = useRef(draft)
  const savedRef = useRef<Saved | null>(draft && snapshot(draft))
  const conflictRef = useRef(false)
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const chainRef = useRef<Promise<void>>(Promise.resolve())
  const onSavedRef = useRef(onSaved)
  const storeRef = useRef(store)
  const latestRef = useRef(latest)
  // timers and event handlers read the latest props through refs (a new store or callback
  // object per render must not re-arm the listeners); layout effects run before the effects below
  useLayoutEffect(() => {
    onSavedRef.current = onSaved
    storeRef.current = store
    draftRef.current = draft
    latestRef.current = latest
  })
  /** what to save: the caller's latest state when it has one, else the last draft passed in */
  const current = useCallback(() => latestRef.current?.() ?? draftRef.current, [])

  const writeOnce = useCallback(
    async (force: boolean) => {
      const d = current()
      const saved = savedRef.current
      if (!d || !saved || saved.id !== d.id) return
      if (!force && conflictRef.current) return
      if (!force && !isDirty(d, saved)) {
        // nothing new: an earlier write already took in the change that showed 「正在保存」
        setStatus((s) => (s.state === 'saving' ? { ...s, state: 'saved' } : s))
        return
      }
      setStatus((s) => ({ ...s, state: 'saving', message: undefined }))
      // the store drops this tab's recovery copy only if the copy was taken before this content
      const result = await storeRef.current.saveDraft(d, force ? null : saved.revision, nextSeq())
      if (savedRef.current?.id !== d.id) return // another draft was opened meanwhile
      if (result.ok) {
        conflictRef.current = false
        savedRef.current = snapshot(d, result.revision)
        const now = current() ?? d
        setStatus({ state: isDirty(now, savedRef.current) ? 'saving' : 'saved', savedAt: result.updatedAt })
        onSavedRef.current?.({ revision: result.revision, updatedAt: result.updatedAt })
      } else if (result.reason === 'conflict') {
        conflictRef.current = true
        setStatus((s) => ({ ...s, state: 'conflict', message: result.theirs ? OTHER_TAB : DELETED }))
      } else {
        setStatus((s) => ({ ...s, state: 'error', message: result.message }))
      }
    },
    [current],
  )

  /** Saves run one after another, so each one knows the revision the previous one wrote. */
  const save = useCallback(
    (force = false): Promise<void> => {
      clearTimeout(timerRef.current)
      timerRef.current = undefined
      // a throwing store must not break the chain, or no later save would run
      chainRef.current = chainRef.current
        .then(() => writeOnce(force))
        .catch(() => setStatus((s) => ({ ...s, state: 'error', message: UNEXPECTED })))
      return chainRef.current
    },
    [writeOnce],
  )

  // a new draft (opened, or theirs reloaded after a conflict) becomes the base; a changed one is saved soon
  const lastRef = useRef(draft)
  useEffect(() => {
    const previous = lastRef.current
    lastRef.current = draft
    if (!draft) return
    const saved = savedRef.current
    if (saved && previous && previous.id === saved.id && saved.id !== draft.id && timerRef.current !== undefined) {
      // another draft opened before the debounce fired: the previous one's last change still goes in
      clearTimeout(timerRef.current)
      timerRef.current = undefined
      if (!conflictRef.current) chainRef.current = chainRef.current.then(() => storeRef.current.saveDraft(previous, saved.revision)).then(() => {})
    }
    if (!saved || saved.id !== draft.id || draft.revision > saved.revision) {
      savedRef.current = snapshot(draft)
      conflictRef.current = false
      setStatus({ state: 'saved', savedAt: draft.updatedAt })
      return
    }
    if (conflictRef.current || !isDirty(draft, saved)) return
    setStatus((s) => (s.state === 'error' ? s : { ...s, state: 'saving' }))
    clearTimeout(timerRef.current)
    timerRef.current = setTimeout(() => void save(), delayMs)
  }, [draft, delayMs, save])

  // leaving the page, hiding the tab or closing the editor must not wait for the debounce
  useEffect(() => {
    const flushNow = () => void save()
    // leaving: a synchronous copy first, as the IndexedDB write may not outlive the tab; in a conflict
    // too (the next open keeps it as a version, as it cannot be applied over the other tab's save)
    const leave = () => {
      const d = current()
      const s = savedRef.current
      if (d && s && d.id === s.id && isDirty(d, s)) writeJournal(d, s.revision, conflictRef.current)
      flushNow()
    }
    const onVisibility = () => document.visibilityState === 'hidden' && leave()
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
      // a change waiting for the debounce, or one the caller has not passed in yet (see `latest`)
      const d = current()
      const s = savedRef.current
      if (timerRef.current !== undefined || (d && s && d.id === s.id && isDirty(d, s))) flushNow()
    }
  }, [save, current])

  // another tab wrote or deleted this draft: stop before we overwrite it
  useEffect(
    () =>
      listen((event) => {
        const saved = savedRef.current
        if (!saved || event.id !== saved.id) return
        if (event.type === 'saved' && event.revision <= saved.revision) return
        conflictRef.current = true
        clearTimeout(timerRef.current)
        setStatus((s) => ({ ...s, state: 'conflict', message: event.type === 'deleted' ? DELETED : OTHER_TAB }))
      }),
    [],
  )

  // changes this tab could not store (storage failing, or a conflict): the browser asks before leaving
  const unsaved = status.state === 'error' || status.state === 'conflict'
  useEffect(() => {
    if (!unsaved) return
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = '' // older Chromium asks only when returnValue is set
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])

  // read through a ref: a setState per keystroke, even one that changes nothing, can render the page
  const stateRef = useRef(status.state)
  useLayoutEffect(() => {
    stateRef.current = status.state
  })
  const changed = useCallback(() => {
    if (stateRef.current === 'saved') setStatus((s) => (s.state === 'saved' ? { ...s, state: 'saving' } : s))
  }, [])
  return { status, flush: useCallback(() => save(), [save]), overwrite: useCallback(() => save(true), [save]), changed }
}
