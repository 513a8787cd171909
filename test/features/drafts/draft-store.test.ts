import { get } from 'idb-keyval'
import { describe, expect, it, vi } from 'vitest'
import { listen } from '../../../src/features/drafts/draft-channel'
import { createDraftStore } from '../../../src/features/drafts/draft-store'
import { FORMATS } from '../../../templates/index'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent, sampleDraft } from '../../core/package/fixtures'
import { edited, freshStore, must, plant } from './helpers'

describe('draft store', () => {
  it('creates a draft and loads it back exactly', async () => {
    const { store } = freshStore()
    const { draft } = must(await store.createDraft(sampleContent(), format2021))
    expect(draft).toMatchObject({ formatId: format2021.id, formatVersion: 1, revision: 1, name: '北京市朝阳区科学技术和信息化局 2024年度' })
    expect(draft.id).toMatch(/^[\w-]{1,80}$/) // the app's route accepts it
    expect(must(await store.loadDraft(draft.id)).draft).toEqual(draft)
  })

  it('saves a change, bumping the revision, and lists drafts newest first', async () => {
    const { store } = freshStore()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-01-10T08:00:00Z'))
    const a = must(await store.createDraft(sampleContent(), format2021)).draft
    vi.setSystemTime(new Date('2025-01-10T09:00:00Z'))
    const b = must(await store.createDraft(sampleContent({ agency: '乙局' }), format2021)).draft
    vi.setSystemTime(new Date('2025-01-10T10:00:00Z'))
    const saved = must(await store.saveDraft(edited(a, '甲局'), 1))
    vi.useRealTimers()
    expect(saved.updatedAt).toBe('2025-01-10T10:00:00.000Z')
    expect(saved.revision).toBe(2)
    const loaded = must(await store.loadDraft(a.id)).draft
    expect(loaded).toEqual({ ...edited(a, '甲局'), revision: 2, updatedAt: saved.updatedAt, writerSeq: expect.any(Number) })
    const listed = must(await store.listDrafts())
    expect(listed.drafts.map((d) => d.id)).toEqual([a.id, b.id])
    expect(listed.damaged).toEqual([])
  })

  it('refuses a save based on a revision another tab has replaced, keeping theirs', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.saveDraft(edited(d, '另一标签页'), 1))
    const r = await store.saveDraft(edited(d, '本页'), 1)
    expect(r).toMatchObject({ ok: false, reason: 'conflict', theirs: { revision: 2, content: { agency: '另一标签页' } } })
    expect(r.ok === false && r.message).toContain('另一个标签页中修改')
    expect(must(await store.loadDraft(d.id)).draft.content.agency).toBe('另一标签页')
    // "keep mine"
    expect(must(await store.saveDraft(edited(d, '本页'), null)).revision).toBe(3)
    expect(must(await store.loadDraft(d.id)).draft.content.agency).toBe('本页')
  })

  it('reports a draft deleted in another tab as a conflict instead of quietly recreating it', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.deleteDraft(d.id))
    expect(await store.saveDraft(d, 1)).toMatchObject({ ok: false, reason: 'conflict', theirs: null })
    expect(must(await store.loadDraft(d.id).then((r) => (r.ok ? r : { ok: true as const, draft: null }))).draft).toBeNull()
  })

  it('never writes content it could not read back', async () => {
    const { store, idb } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    const r = await store.saveDraft(edited(d, '长'.repeat(201)), 1)
    expect(r).toMatchObject({ ok: false, reason: 'invalid' })
    expect(r.ok === false && r.message).toContain('机关名称（过长，最多200字）')
    expect(await get(d.id, idb)).toEqual(d)
  })

  it('renames, duplicates and deletes', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021, '原名')).draft
    expect(must(await store.renameDraft(d.id, '  新名  ')).draft).toMatchObject({ name: '新名', revision: 2 })
    const copy = must(await store.duplicateDraft(d.id)).draft
    expect(copy).toMatchObject({ name: '新名（副本）', revision: 1, content: d.content })
    expect(copy.id).not.toBe(d.id)
    must(await store.deleteDraft(d.id))
    expect(must(await store.listDrafts()).drafts.map((x) => x.id)).toEqual([copy.id])
    expect(await store.renameDraft(d.id, 'x')).toMatchObject({ ok: false, reason: 'missing' })
  })

  it('tells other tabs about every write', async () => {
    const { store } = freshStore()
    const events: unknown[] = []
    const stop = listen((e) => events.push(e))
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.saveDraft(edited(d, '甲'), 1))
    must(await store.deleteDraft(d.id))
    await expect.poll(() => events.length).toBe(3)
    stop()
    expect(events).toEqual([
      { type: 'saved', id: d.id, revision: 1 },
      { type: 'saved', id: d.id, revision: 2 },
      { type: 'deleted', id: d.id },
    ])
  })
})

describe('damaged records', () => {
  it('are listed apart with a reason and their raw value, never deleted, and the other drafts are untouched', async () => {
    const { store, idb } = freshStore()
    const good = must(await store.createDraft(sampleContent(), format2021)).draft
    await plant(idb, 'bad-json', '{"id": "bad-json", "content": {')
    await plant(idb, 'bad-shape', { ...sampleDraft({ id: 'bad-shape' }), content: { agency: 5 } })
    await plant(idb, 'newer', sampleDraft({ id: 'newer', formatVersion: 9 }))
    await plant(idb, 'foreign', sampleDraft({ id: 'foreign', formatId: 'some-other-app' }))
    await plant(idb, 'proto', JSON.parse('{"__proto__": {"polluted": 1}}'))
    await plant(idb, 42, 'not a draft')

    const listed = must(await store.listDrafts())
    expect(listed.drafts).toEqual([good])
    const reasons = Object.fromEntries(listed.damaged.map((d) => [d.label, d.reason]))
    expect(reasons).toEqual({
      '42': '记录不是有效的 JSON 数据，可能已损坏',
      'bad-json': '记录不是有效的 JSON 数据，可能已损坏',
      'bad-shape': expect.stringContaining('报告内容 › 机关名称（缺少或类型不对，应为文字）'),
      newer: '此报告由更新版本的年报编制助手保存，请更新后再打开',
      foreign: expect.stringContaining('不认识的报告格式（some-other-app）'),
      proto: '数据包含有不允许的字段名',
    })
    expect(listed.damaged.find((d) => d.label === 'bad-json')?.raw).toBe('{"id": "bad-json", "content": {')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    // still there after listing, and saving the good draft does not touch them
    must(await store.saveDraft(edited(good, '甲'), 1))
    expect(must(await store.listDrafts()).damaged).toHaveLength(6)
  })

  it('keep their raw content exportable and refuse to open or be overwritten', async () => {
    const { store, idb } = freshStore()
    const raw = { ...sampleDraft({ id: 'x' }), revision: 'seven' }
    await plant(idb, 'x', raw)
    expect(JSON.parse(must(await store.exportRaw('x')).text)).toEqual(raw)
    expect(await store.loadDraft('x')).toMatchObject({ ok: false, reason: 'damaged' })
    expect(await store.saveDraft(sampleDraft({ id: 'x' }), 1)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(await get('x', idb)).toEqual(raw)
    must(await store.deleteDraft('x'))
    expect(await get('x', idb)).toBeUndefined()
  })
})

describe('saving over the record this tab wrote', () => {
  it('still refuses a record damaged since, and saves again once it is fine', async () => {
    const { store, idb } = freshStore()
    const a = must(await store.createDraft(sampleContent(), format2021)).draft
    const saved = must(await store.saveDraft(edited(a, '甲局'), 1))
    // damaged after our write (another program, a half-written record): not ours any more
    const damaged = { ...(await get(a.id, idb)), revision: saved.revision + 1, content: { cells: '?' } }
    await plant(idb, a.id, damaged)
    expect(await store.saveDraft(edited(a, '乙局'), saved.revision)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(await get(a.id, idb)).toEqual(damaged)
  })

  it('saves one change after another, each on the revision the last one wrote', async () => {
    const { store } = freshStore()
    const a = must(await store.createDraft(sampleContent(), format2021)).draft
    let revision = a.revision
    for (const name of ['甲局', '乙局', '丙局']) revision = must(await store.saveDraft(edited(a, name), revision)).revision
    expect(revision).toBe(4)
    expect(must(await store.loadDraft(a.id)).draft.content.agency).toBe('丙局')
  })
})

describe('storage failures', () => {
  const quota = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
  const noIndexedDb = () => {
    throw new ReferenceError('indexedDB is not defined')
  }

  it('turn a full disk into a message offering the export, never a throw', async () => {
    const store = createDraftStore(FORMATS, () => quota)
    const r = await store.saveDraft(sampleDraft(), 1)
    expect(r).toEqual({
      ok: false,
      reason: 'storage',
      message: '浏览器存储空间已满：本次修改未能保存。请立即导出数据包保存，再清理浏览器的网站数据。（QuotaExceededError）',
    })
  })

  it('turn a missing IndexedDB (private mode) into a message on every operation', async () => {
    const store = createDraftStore(FORMATS, noIndexedDb)
    const results = await Promise.all([
      store.listDrafts(),
      store.loadDraft('a'),
      store.saveDraft(sampleDraft(), 1),
      store.createDraft(sampleContent(), format2021),
      store.renameDraft('a', 'b'),
      store.duplicateDraft('a'),
      store.deleteDraft('a'),
      store.exportRaw('a'),
    ])
    for (const r of results) {
      expect(r).toMatchObject({ ok: false, reason: 'storage' })
      expect(r.ok === false && r.message).toMatch(/^浏览器存储不可用.*请立即导出数据包保存。/)
    }
  })
})
