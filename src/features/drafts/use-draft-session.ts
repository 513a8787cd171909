import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Draft } from '../../core/package/draft'
import type { ReportTemplate } from '../../core/template/types'
import type { ReportContent } from '../../core/values/types'
import { listen } from './draft-channel'
import { createDraftSaver, type DraftSaver, type SaveStatus } from './draft-saver'
import type { DraftStore } from './draft-store'

export type { SaveStatus } from './draft-saver'

export interface DraftSessionOptions {
  readonly store: DraftStore
  /** the formats this app can open */
  readonly formats: readonly ReportTemplate[]
  /** quiet time after the last change before saving (then the browser's next idle moment) */
  readonly delayMs?: number
}

export interface DraftSession {
  /** the draft as opened (recovery copies applied): the content the editor starts from; null while loading */
  readonly draft: Draft | null
  readonly template: ReportTemplate | null
  /** why the draft cannot be opened */
  readonly error: string | null
  /** +1 each time a draft is (re)opened: the editor starts again from `draft` */
  readonly generation: number
  /** what opening did on the way, e.g. 「恢复了未保存的修改」 */
  readonly notices: readonly string[]
  readonly status: SaveStatus
  /** the editor's content after each edit, in the key event: saved after a pause, copied on pagehide */
  readonly changed: (content: ReportContent) => void
  /** the draft with everything typed so far */
  readonly latest: () => Draft | null
  /** saves pending changes now */
  readonly flush: () => Promise<void>
  /** 保留本页的版本: writes this tab's content over the other tab's (theirs is kept as a version) */
  readonly keepMine: () => Promise<void>
  /** 载入另一页的版本: this tab's content is kept as a version first, so the conflict loses neither side */
  readonly loadTheirs: () => Promise<void>
}

interface Opened {
  readonly draft: Draft | null
  readonly template: ReportTemplate | null
  readonly error: string | null
  readonly generation: number
  readonly notices: readonly string[]
}

const UNKNOWN_FORMAT = '该报告使用了本版本不认识的格式，请更新年报编制助手。'

/**
 * One opened report: loads it, owns its content from keystroke to store and keeps it saved (after a
 * pause, at once on pagehide / hidden tab / close, with a recovery copy when leaving), notices other tabs.
 * The editor's form keeps its own field state; what gets saved is what it last passed to `changed`.
 */
export function useDraftSession(id: string, options: DraftSessionOptions): DraftSession {
  const [opened, setOpened] = useState<Opened>({ draft: null, template: null, error: null, generation: 0, notices: [] })
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' })
  const saverRef = useRef<DraftSaver | null>(null)
  // read at load time: a new options object per render must not reload the draft
  const optionsRef = useRef(options)
  useLayoutEffect(() => {
    optionsRef.current = options
  })

  const open = useCallback((r: Awaited<ReturnType<DraftStore['loadDraft']>>) => {
    const { store, formats, delayMs } = optionsRef.current
    const template = r.ok ? (formats.find((f) => f.id === r.draft.formatId) ?? null) : null
    if (!r.ok || !template) {
      setOpened((o) => ({ ...o, draft: null, template: null, error: r.ok ? UNKNOWN_FORMAT : r.message }))
      return
    }
    saverRef.current?.close()
    const saver = createDraftSaver(r.draft, store, setStatus, delayMs)
    saverRef.current = saver
    setStatus(saver.status())
    setOpened((o) => ({ draft: r.draft, template, error: null, generation: o.generation + 1, notices: r.notices }))
  }, [])

  useEffect(() => {
    let live = true
    void optionsRef.current.store.loadDraft(id).then((r) => live && open(r))
    return () => {
      live = false
      saverRef.current?.close()
      saverRef.current = null
    }
  }, [id, open])

  // leaving the page or hiding the tab must not wait for the pause; another tab's write stops this one's
  useEffect(() => {
    const leave = () => saverRef.current?.leave()
    const onVisibility = () => document.visibilityState === 'hidden' && leave()
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    const unlisten = listen((event) => saverRef.current?.heard(event))
    return () => {
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
      unlisten()
    }
  }, [])

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

  const changed = useCallback((content: ReportContent) => saverRef.current?.changed(content), [])
  const latest = useCallback(() => saverRef.current?.latest() ?? null, [])
  const flush = useCallback(async () => saverRef.current?.save(), [])
  const keepMine = useCallback(async () => saverRef.current?.save(true), [])
  const loadTheirs = useCallback(async () => {
    const { store } = optionsRef.current
    const mine = latest()
    if (mine) {
      const kept = await store.keepVersion(mine, 'conflict-mine')
      if (!kept.ok) {
        setOpened((o) => ({ ...o, notices: [`未能保留本页的版本（${kept.message}），请先导出数据包`] }))
        return
      }
    }
    open(await store.loadDraft(id))
  }, [id, latest, open])

  return { ...opened, status, changed, latest, flush, keepMine, loadTheirs }
}
