import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Draft } from '../../../src/core/package/draft'
import { createDraftStore, type DraftStore } from '../../../src/features/drafts/draft-store'
import { readOwnJournal } from '../../../src/features/drafts/pagehide-journal'
import { RECOVERED } from '../../../src/features/drafts/recover-copies'
import { useAutosave, type AutosaveOptions } from '../../../src/features/drafts/use-autosave'
import { FORMATS } from '../../../templates/index'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent } from '../../core/package/fixtures'
import { edited, freshStore, must, plant } from './helpers'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function start(options: Partial<AutosaveOptions> = {}) {
  const { store, idb } = freshStore()
  const draft = must(await store.createDraft(sampleContent(), format2021)).draft
  const spy: DraftStore = { ...store, saveDraft: vi.fn(store.saveDraft) }
  const hook = renderHook(({ d }: { d: Draft | null }) => useAutosave(d, { store: spy, ...options }), {
    initialProps: { d: draft },
  })
  const stored = async () => must(await store.loadDraft(draft.id)).draft
  return { store, idb, spy, draft, hook, stored }
}

describe('useAutosave', () => {
  describe('with `latest` (the editor passes keystrokes in `draft` only when idle)', () => {
    it('saves the latest content when a change is passed in, not the older draft it was given', async () => {
      let now: Draft | null = null
      const { draft, hook, stored } = await start({ latest: () => now })
      now = edited(draft, '甲局乙')
      hook.rerender({ d: edited(draft, '甲局') })
      await waitFor(async () => expect((await stored()).content.agency).toBe('甲局乙'), { timeout: 1000 })
    })

    it('saves a change not yet passed in when the editor closes (unmount)', async () => {
      const { draft, hook, stored, spy } = await start({ latest: () => edited(draft, '关闭前') })
      hook.unmount()
      await waitFor(() => expect(spy.saveDraft).toHaveBeenCalledTimes(1))
      await waitFor(async () => expect((await stored()).content.agency).toBe('关闭前'))
    })

    it('says 正在保存 as soon as the caller reports a change, before it passes the change in', async () => {
      const { hook } = await start({ latest: () => null })
      expect(hook.result.current.status.state).toBe('saved')
      act(() => hook.result.current.changed())
      expect(hook.result.current.status.state).toBe('saving')
    })

    it('returns to 已保存 when a write already took in the change the draft then brings (no 正在保存 left hanging)', async () => {
      // the editor's order of events: a write reads the latest content (乙) while the draft state still
      // holds the older one (甲); the revision comes back onto that older draft; then the idle commit
      // brings 乙 (the same object), which is already stored
      let now: Draft | null = null
      const { draft, hook, stored } = await start({ latest: () => now })
      const latest = edited(draft, '乙')
      now = latest
      hook.rerender({ d: edited(draft, '甲') })
      await waitFor(async () => expect((await stored()).content.agency).toBe('乙'), { timeout: 1000 })
      const { revision } = await stored()
      hook.rerender({ d: { ...edited(draft, '甲'), revision } })
      hook.rerender({ d: { ...latest, revision } })
      await waitFor(() => expect(hook.result.current.status.state).toBe('saved'), { timeout: 1000 })
      expect((await stored()).content.agency).toBe('乙')
    })

    it('saves nothing on unmount when the latest content is already stored', async () => {
      const { draft, hook, spy } = await start({ latest: () => draft })
      hook.unmount()
      await new Promise((r) => setTimeout(r, 20))
      expect(spy.saveDraft).not.toHaveBeenCalled()
    })
  })

  it('stores a change well within a second, then reports it saved', async () => {
    const { draft, hook, stored } = await start()
    expect(hook.result.current.status).toEqual({ state: 'saved', savedAt: draft.updatedAt })
    hook.rerender({ d: edited(draft, '甲局') })
    expect(hook.result.current.status.state).toBe('saving')
    await waitFor(async () => expect((await stored()).content.agency).toBe('甲局'), { timeout: 1000 })
    await waitFor(() => expect(hook.result.current.status).toEqual({ state: 'saved', savedAt: expect.any(String) }))
    expect((await stored()).revision).toBe(2)
  })

  it('waits 300 ms after the last change and then saves only the latest content', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { draft, hook, spy } = await start()
    hook.rerender({ d: edited(draft, '甲') })
    await act(() => vi.advanceTimersByTimeAsync(200))
    hook.rerender({ d: edited(draft, '甲乙') })
    await act(() => vi.advanceTimersByTimeAsync(299))
    expect(spy.saveDraft).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(spy.saveDraft).toHaveBeenCalledTimes(1)
    expect(spy.saveDraft).toHaveBeenCalledWith(edited(draft, '甲乙'), 1, expect.any(Number))
    await act(() => vi.mocked(spy.saveDraft).mock.results[0]?.value)
  })

  it('does not save early when the caller passes a new options object on every render', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { store } = freshStore()
    const draft = must(await store.createDraft(sampleContent(), format2021)).draft
    const saveDraft = vi.fn(store.saveDraft)
    const hook = renderHook(({ d }: { d: Draft }) => useAutosave(d, { store: { ...store, saveDraft }, onSaved: () => {} }), {
      initialProps: { d: draft },
    })
    hook.rerender({ d: edited(draft, '甲') })
    hook.rerender({ d: edited(draft, '甲乙') })
    await act(() => vi.advanceTimersByTimeAsync(299))
    expect(saveDraft).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(saveDraft).toHaveBeenCalledTimes(1)
    await act(() => saveDraft.mock.results[0]?.value)
  })

  it('saves at once on pagehide and when the tab is hidden, without waiting for the debounce', async () => {
    const { draft, hook, stored } = await start({ delayMs: 60_000 })
    hook.rerender({ d: edited(draft, '关闭前') })
    act(() => void window.dispatchEvent(new Event('pagehide')))
    await waitFor(async () => expect((await stored()).content.agency).toBe('关闭前'))

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    hook.rerender({ d: edited(draft, '切换标签页前') })
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    await waitFor(async () => expect((await stored()).content.agency).toBe('切换标签页前'))
    vi.restoreAllMocks()
  })

  it('writes a recovery copy on pagehide that the next open applies, though the IndexedDB flush never lands', async () => {
    localStorage.clear()
    const { store, draft } = await start()
    // the tab dies with its IndexedDB write: a save that never completes
    const dying: DraftStore = { ...store, saveDraft: () => new Promise(() => {}) }
    const hook = renderHook(({ d }: { d: Draft }) => useAutosave(d, { store: dying }), { initialProps: { d: draft } })
    hook.rerender({ d: edited(draft, '关页前刚改的') })
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(readOwnJournal(draft.id)?.draft).toMatchObject({ content: { agency: '关页前刚改的' } })
    hook.unmount()
    const reopened = must(await store.loadDraft(draft.id))
    expect(reopened.draft.content.agency).toBe('关页前刚改的')
    expect(reopened.notices).toEqual([RECOVERED])
  })

  it('writes the copy on pagehide in a conflict too, and the next open keeps it as a version (loss path 4)', async () => {
    localStorage.clear()
    const { store, draft, hook } = await start()
    must(await store.saveDraft(edited(draft, '另一标签页'), 1))
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    hook.rerender({ d: edited(draft, '冲突中本页写的') })
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(readOwnJournal(draft.id)).toMatchObject({ conflict: true })
    const reopened = must(await store.loadDraft(draft.id))
    expect(reopened.draft.content.agency).toBe('另一标签页')
    const versions = must(await store.listVersions(draft.id)).versions
    expect(versions.map((v) => [v.reason, v.content?.agency])).toContainEqual(['recovered-copy', '冲突中本页写的'])
  })

  it('asks before the page unloads while changes could not be stored', async () => {
    const { store, draft, hook } = await start()
    const ask = () => {
      const e = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(ask()).toBe(false)
    must(await store.saveDraft(edited(draft, '另一标签页'), 1))
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    expect(ask()).toBe(true)
  })

  it('saves a pending change when the editor closes or another draft is opened', async () => {
    const { store, draft, hook, stored } = await start({ delayMs: 60_000 })
    const other = must(await store.createDraft(sampleContent({ agency: '乙局' }), format2021)).draft
    hook.rerender({ d: edited(draft, '换稿前') })
    hook.rerender({ d: other })
    await waitFor(async () => expect((await stored()).content.agency).toBe('换稿前'))
    hook.rerender({ d: edited(other, '关闭前') })
    hook.unmount()
    await waitFor(async () => expect(must(await store.loadDraft(other.id)).draft.content.agency).toBe('关闭前'))
  })

  it('notices at once when another tab saves the same draft, and stops saving', async () => {
    const { store, draft, hook, spy, stored } = await start()
    must(await store.saveDraft(edited(draft, '另一标签页'), 1)) // what the other tab does
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    expect(hook.result.current.status.message).toMatch(/^此报告已在另一个标签页中修改/)
    hook.rerender({ d: edited(draft, '本页') })
    act(() => void window.dispatchEvent(new Event('pagehide')))
    await new Promise((r) => setTimeout(r, 400))
    expect(spy.saveDraft).not.toHaveBeenCalled()
    expect((await stored()).content.agency).toBe('另一标签页')

    await act(() => hook.result.current.overwrite()) // "keep mine"
    expect(await stored()).toMatchObject({ revision: 3, content: { agency: '本页' } })
    expect(hook.result.current.status.state).toBe('saved')
  })

  it('catches a conflict at save time even without BroadcastChannel, and resumes from their version', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const { idb, draft, hook, stored } = await start({ delayMs: 10 })
    await plant(idb, draft.id, { ...edited(draft, '另一标签页'), revision: 2 })
    hook.rerender({ d: edited(draft, '本页') })
    await waitFor(() => expect(hook.result.current.status.state).toBe('conflict'))
    expect((await stored()).content.agency).toBe('另一标签页')

    const theirs = await stored() // "reload theirs"
    hook.rerender({ d: theirs })
    expect(hook.result.current.status.state).toBe('saved')
    hook.rerender({ d: edited(theirs, '在对方版本上修改') })
    await waitFor(async () => expect(await stored()).toMatchObject({ revision: 3, content: { agency: '在对方版本上修改' } }))
  })

  it('says so at once when storage fails', async () => {
    const { draft } = await start()
    const broken = createDraftStore(FORMATS, () => () => Promise.reject(new DOMException('full', 'QuotaExceededError')))
    const hook = renderHook(({ d }) => useAutosave(d, { store: broken, delayMs: 10 }), { initialProps: { d: draft } })
    hook.rerender({ d: edited(draft, '甲') })
    await waitFor(() => expect(hook.result.current.status.state).toBe('error'))
    expect(hook.result.current.status.message).toContain('浏览器存储空间已满')
    expect(hook.result.current.status.message).toContain('请立即导出数据包保存')
  })

  it('passes the new revision to onSaved', async () => {
    const onSaved = vi.fn()
    const { draft, hook } = await start({ onSaved, delayMs: 10 })
    hook.rerender({ d: edited(draft, '甲') })
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ revision: 2, updatedAt: expect.any(String) }))
  })
})
