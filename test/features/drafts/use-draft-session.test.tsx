import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReportContent } from '../../../src/core/values/types'
import { createDraftStore, type DraftStore } from '../../../src/features/drafts/draft-store'
import { readOwnJournal } from '../../../src/features/drafts/pagehide-journal'
import { RECOVERED } from '../../../src/features/drafts/recover-copies'
import { useDraftSession, type DraftSessionOptions } from '../../../src/features/drafts/use-draft-session'
import { FORMATS } from '../../../templates/index'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent } from '../../core/package/fixtures'
import { edited, freshStore, must, plant } from './helpers'

beforeEach(() => localStorage.clear())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

async function start(options: Partial<DraftSessionOptions> = {}, wrap: (s: DraftStore) => DraftStore = (s) => s) {
  const { store, idb, versions } = freshStore()
  const draft = must(await store.createDraft(sampleContent(), format2021)).draft
  const spy: DraftStore = { ...wrap(store), saveDraft: vi.fn(wrap(store).saveDraft) }
  let renders = 0
  const hook = renderHook(
    ({ id }: { id: string }) => {
      renders++
      return useDraftSession(id, { store: spy, formats: FORMATS, ...options })
    },
    { initialProps: { id: draft.id } },
  )
  await waitFor(() => expect(hook.result.current.draft).not.toBeNull())
  const stored = async () => must(await store.loadDraft(draft.id)).draft
  const content = (agency: string): ReportContent => ({ ...draft.content, agency })
  /** what the editor does in the key event */
  const type = (agency: string) => act(() => hook.result.current.changed(content(agency)))
  return { store, idb, versions, spy, draft, hook, stored, type, renders: () => renders }
}

describe('useDraftSession', () => {
  it('opens the draft with its template; a missing one is an error in Chinese', async () => {
    const { draft, hook, store } = await start()
    expect(hook.result.current).toMatchObject({ draft, template: format2021, generation: 1, error: null, notices: [] })
    expect(hook.result.current.status).toEqual({ state: 'saved', savedAt: draft.updatedAt })
    const missing = renderHook(() => useDraftSession('no-such-id', { store, formats: FORMATS }))
    await waitFor(() => expect(missing.result.current.error).toMatch(/找不到该报告/))
  })

  it('gives back a change at once through latest(), says 正在保存, and has stored nothing yet', async () => {
    const { hook, type, spy } = await start()
    type('甲局')
    expect(hook.result.current.latest()?.content.agency).toBe('甲局')
    expect(hook.result.current.status.state).toBe('saving')
    expect(spy.saveDraft).not.toHaveBeenCalled()
  })

  it('renders once per burst of typing, not once per keystroke', async () => {
    const { type, renders } = await start({ delayMs: 60_000 })
    const before = renders()
    for (const agency of ['甲', '甲乙', '甲乙丙', '甲乙丙丁']) type(agency)
    expect(renders() - before).toBe(1)
  })

  it('waits 300 ms after the last change and then saves only the latest content', async () => {
    const { draft, spy, type } = await start()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    type('甲')
    await act(() => vi.advanceTimersByTimeAsync(200))
    type('甲乙')
    await act(() => vi.advanceTimersByTimeAsync(299))
    expect(spy.saveDraft).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(spy.saveDraft).toHaveBeenCalledTimes(1)
    expect(spy.saveDraft).toHaveBeenCalledWith(edited(draft, '甲乙'), 1, expect.any(Number))
    await act(() => vi.mocked(spy.saveDraft).mock.results[0]?.value)
  })

  it('stores a change well within a second, then reports it saved with the new revision', async () => {
    const { hook, stored, type } = await start()
    type('甲局')
    await waitFor(async () => expect((await stored()).content.agency).toBe('甲局'), { timeout: 1000 })
    await waitFor(() => expect(hook.result.current.status).toEqual({ state: 'saved', savedAt: expect.any(String) }))
    expect((await stored()).revision).toBe(2)
    expect(hook.result.current.latest()?.revision).toBe(2)
  })

  it('saves what is typed while a save is under way in a second save', async () => {
    let release = () => {}
    const { hook, stored, type } = await start({ delayMs: 10 }, (s) => ({
      ...s,
      saveDraft: async (...args) => {
        await new Promise<void>((r) => (release = r))
        return s.saveDraft(...args)
      },
    }))
    type('第一次')
    await new Promise((r) => setTimeout(r, 50))
    type('保存途中')
    act(() => release())
    await waitFor(() => expect(hook.result.current.status.state).toBe('saving'))
    await new Promise((r) => setTimeout(r, 50))
    act(() => release())
    await waitFor(async () => expect((await stored()).content.agency).toBe('保存途中'))
    await waitFor(() => expect(hook.result.current.status.state).toBe('saved'))
  })

  it('on pagehide writes a recovery copy at once and saves without waiting for the pause', async () => {
    const { draft, hook, stored, type } = await start({ delayMs: 60_000 })
    type('关闭前')
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(readOwnJournal(draft.id)?.draft).toMatchObject({ content: { agency: '关闭前' } })
    await waitFor(async () => expect((await stored()).content.agency).toBe('关闭前'))

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    type('切换标签页前')
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    await waitFor(async () => expect((await stored()).content.agency).toBe('切换标签页前'))
    expect(hook.result.current.latest()?.content.agency).toBe('切换标签页前')
  })

  it('the recovery copy is applied on the next open though the IndexedDB flush never lands', async () => {
    const { store, draft, hook, type } = await start({}, (s) => ({ ...s, saveDraft: () => new Promise(() => {}) }))
    type('关页前刚改的')
    act(() => void window.dispatchEvent(new Event('pagehide')))
    hook.unmount()
    const reopened = must(await store.loadDraft(draft.id))
    expect(reopened.draft.content.agency).toBe('关页前刚改的')
    expect(reopened.notices).toEqual([RECOVERED])
  })

  it('saves a pending change when the editor closes; nothing when nothing changed', async () => {
    const first = await start({ delayMs: 60_000 })
    first.type('关闭前')
    first.hook.unmount()
    await waitFor(async () => expect((await first.stored()).content.agency).toBe('关闭前'))

    const second = await start()
    second.hook.unmount()
    await new Promise((r) => setTimeout(r, 20))
    expect(second.spy.saveDraft).not.toHaveBeenCalled()
  })

  it('stops saving when another tab saves the same draft; 保留本页的版本 writes this tab\'s content over it', async () => {
    const { store, draft, hook, spy, stored, type } = await start()
    must(await store.saveDraft(edited(draft, '另一标签页'), 1)) // what the other tab does
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    expect(hook.result.current.status.message).toMatch(/^此报告已在另一个标签页中修改/)
    type('本页')
    act(() => void window.dispatchEvent(new Event('pagehide')))
    // the copy is written in a conflict too, marked so the next open keeps it as a version (loss path 4)
    expect(readOwnJournal(draft.id)).toMatchObject({ conflict: true })
    await new Promise((r) => setTimeout(r, 400))
    expect(spy.saveDraft).not.toHaveBeenCalled()
    expect((await stored()).content.agency).toBe('另一标签页')
    const ask = () => {
      const e = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(ask()).toBe(true)

    await act(() => hook.result.current.keepMine())
    expect(await stored()).toMatchObject({ revision: 3, content: { agency: '本页' } })
    expect(hook.result.current.status.state).toBe('saved')
    expect(ask()).toBe(false)
  })

  it('catches a conflict at save time without BroadcastChannel; 载入另一页的版本 keeps this tab\'s as a version and resumes on theirs', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const { idb, store, draft, hook, stored, type } = await start({ delayMs: 10 })
    await plant(idb, draft.id, { ...edited(draft, '另一标签页'), revision: 2 })
    type('本页')
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    expect((await stored()).content.agency).toBe('另一标签页')

    await act(() => hook.result.current.loadTheirs())
    expect(hook.result.current).toMatchObject({ generation: 2, draft: { revision: 2, content: { agency: '另一标签页' } } })
    expect(hook.result.current.status.state).toBe('saved')
    const versions = must(await store.listVersions(draft.id)).versions
    expect(versions.map((v) => [v.reason, v.content?.agency])).toContainEqual(['conflict-mine', '本页'])
    type('在对方版本上修改')
    await waitFor(async () => expect(await stored()).toMatchObject({ revision: 3, content: { agency: '在对方版本上修改' } }))
  })

  it('says so at once when storage fails', async () => {
    const { draft } = await start()
    const broken = createDraftStore(FORMATS, () => () => Promise.reject(new DOMException('full', 'QuotaExceededError')))
    const hook = renderHook(() => useDraftSession(draft.id, { store: { ...broken, loadDraft: async () => ({ ok: true, draft, notices: [] }) }, formats: FORMATS, delayMs: 10 }))
    await waitFor(() => expect(hook.result.current.draft).not.toBeNull())
    act(() => hook.result.current.changed({ ...draft.content, agency: '甲' }))
    await waitFor(() => expect(hook.result.current.status.state).toBe('error'))
    expect(hook.result.current.status.message).toContain('浏览器存储空间已满')
    expect(hook.result.current.status.message).toContain('请立即导出数据包保存')
  })

  it('does not reload the draft when the caller passes a new options object on every render', async () => {
    const { store, draft } = await start()
    const loadDraft = vi.fn(store.loadDraft)
    const hook = renderHook(() => useDraftSession(draft.id, { store: { ...store, loadDraft }, formats: FORMATS }))
    await waitFor(() => expect(hook.result.current.draft).not.toBeNull())
    hook.rerender()
    hook.rerender()
    expect(loadDraft).toHaveBeenCalledTimes(1)
    expect(hook.result.current.generation).toBe(1)
  })
})
