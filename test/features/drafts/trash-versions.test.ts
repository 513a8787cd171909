import { get } from 'idb-keyval'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OLDER_PAGE_MESSAGE, SCHEMA_VERSION } from '../../../src/core/package/schema-version'
import { KEEP_LAST } from '../../../src/core/package/versions'
import { writeJournal } from '../../../src/features/drafts/pagehide-journal'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent } from '../../core/package/fixtures'
import { edited, freshStore, must, plant } from './helpers'

afterEach(() => {
  vi.useRealTimers()
  localStorage.clear()
})

describe('trash (回收站)', () => {
  it('delete moves a draft to the trash, where it can be restored with its content', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.trashDraft(d.id))
    let listed = must(await store.listDrafts())
    expect(listed.drafts).toEqual([])
    expect(listed.trashed.map((t) => [t.id, typeof t.trashedAt])).toEqual([[d.id, 'string']])
    expect(await store.loadDraft(d.id)).toMatchObject({ ok: false, message: expect.stringContaining('回收站') })
    must(await store.restoreDraft(d.id))
    listed = must(await store.listDrafts())
    expect(listed.trashed).toEqual([])
    expect(listed.drafts[0]).toMatchObject({ id: d.id, content: d.content })
    expect(listed.drafts[0]?.trashedAt).toBeUndefined()
  })

  it('a tab still editing a trashed draft is stopped with a conflict, not left writing', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.trashDraft(d.id))
    expect(await store.saveDraft(edited(d, '还在编辑'), d.revision)).toMatchObject({ ok: false, reason: 'conflict', theirs: null })
  })

  it('deleting from the trash removes every trace: record, versions, recovery copies', async () => {
    const { store, idb, versions } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    await versions.snapshot(d, 'edit')
    writeJournal(edited(d, '副本'), d.revision)
    localStorage.setItem(`nianbao-journal:${d.id}`, '{}')
    must(await store.trashDraft(d.id))
    must(await store.deleteDraft(d.id))
    expect(await get(d.id, idb)).toBeUndefined()
    expect(await versions.list(d.id)).toEqual([])
    expect(Object.keys(localStorage).filter((k) => k.includes(d.id))).toEqual([])
  })

  it('empties itself of drafts trashed more than 30 days ago', async () => {
    const { store, idb } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'))
    must(await store.trashDraft(d.id))
    vi.setSystemTime(new Date('2025-01-30T00:00:00Z'))
    expect(must(await store.listDrafts()).trashed).toHaveLength(1)
    vi.setSystemTime(new Date('2025-02-01T00:00:00Z'))
    expect(must(await store.listDrafts()).trashed).toHaveLength(0)
    expect(await get(d.id, idb)).toBeUndefined()
  })
})

describe('versions (历史版本)', () => {
  it('keeps the report as it was before a save once per 10 minutes of editing', async () => {
    const { store, versions } = freshStore()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-01-10T08:00:00Z'))
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    let rev = must(await store.saveDraft(edited(d, '甲'), d.revision)).revision
    vi.setSystemTime(new Date('2025-01-10T08:05:00Z'))
    rev = must(await store.saveDraft(edited(d, '乙'), rev)).revision
    vi.setSystemTime(new Date('2025-01-10T08:11:00Z'))
    rev = must(await store.saveDraft(edited(d, '丙'), rev)).revision
    vi.setSystemTime(new Date('2025-01-10T08:15:00Z'))
    rev = must(await store.saveDraft(edited(d, '丁'), rev)).revision
    vi.setSystemTime(new Date('2025-01-10T08:22:00Z'))
    rev = must(await store.saveDraft(edited(d, '戊'), rev)).revision
    const kept = must(await store.listVersions(d.id)).versions
    expect(kept.map((v) => [v.reason, v.content?.agency])).toEqual([
      ['edit', '丁'],
      ['edit', '乙'],
    ])
    expect(await versions.list(d.id)).toHaveLength(2)
  })

  it('stores versions without their empty cells', async () => {
    const { versions } = freshStore()
    const content = sampleContent({ cells: { t3: { new_received: { natural_person: '12', research: '' } } } })
    const { store } = freshStore()
    const d = must(await store.createDraft(content, format2021)).draft
    const v = await versions.snapshot(d, 'edit')
    expect(v.content?.cells).toEqual({ t3: { new_received: { natural_person: '12' } } })
  })

  it(`keeps the last ${KEEP_LAST}, plus one per day for 30 days`, async () => {
    const { store, versions } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    const day = (n: number, h = 0) => new Date(Date.UTC(2025, 0, 1 + n, h))
    for (let n = 0; n < 5; n++) await versions.snapshot(edited(d, `day${n}`), 'edit', day(n))
    for (let i = 0; i < KEEP_LAST + 10; i++) await versions.snapshot(edited(d, `late${i}`), 'edit', new Date(day(20).getTime() + i * 1000))
    const kept = await versions.list(d.id)
    expect(kept).toHaveLength(KEEP_LAST + 5)
    expect(kept.slice(-5).map((v) => v.content?.agency)).toEqual(['day4', 'day3', 'day2', 'day1', 'day0'])
  })

  it('restoring a version keeps the report as it was, writes the version, and records the restore', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.keepVersion(edited(d, '旧名称'), 'edit'))
    const rev = must(await store.saveDraft(edited(d, '现在的'), d.revision)).revision
    const old = must(await store.listVersions(d.id)).versions.find((v) => v.content?.agency === '旧名称')
    const r = must(await store.restoreVersion(d.id, old?.key ?? ''))
    expect(r.draft).toMatchObject({ revision: rev + 1, content: { agency: '旧名称' } })
    expect(must(await store.loadDraft(d.id)).draft.content.agency).toBe('旧名称')
    const reasons = must(await store.listVersions(d.id)).versions.map((v) => [v.reason, v.content?.agency])
    expect(reasons.slice(0, 2)).toEqual([
      ['restored', '旧名称'],
      ['before-restore', '现在的'],
    ])
  })
})

describe('conflicts and schema versions', () => {
  it('"keep mine" keeps the other tab\'s content as a version before overwriting it', async () => {
    const { store } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    must(await store.saveDraft(edited(d, '另一标签页'), d.revision))
    must(await store.saveDraft(edited(d, '本页'), null))
    const versions = must(await store.listVersions(d.id)).versions
    expect(versions.map((v) => [v.reason, v.content?.agency])).toContainEqual(['conflict-theirs', '另一标签页'])
  })

  it('every record it writes carries the schema version', async () => {
    const { store, idb } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    expect(await get(d.id, idb)).toMatchObject({ schemaVersion: SCHEMA_VERSION })
    must(await store.saveDraft(edited(d, 'x'), d.revision))
    expect(await get(d.id, idb)).toMatchObject({ schemaVersion: SCHEMA_VERSION })
  })

  it('refuses to write over a record of a newer schema version (本页面版本较旧，请刷新), keeping its fields', async () => {
    const { store, idb } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    const newer = { ...d, schemaVersion: SCHEMA_VERSION + 1, revision: 2, futureField: '新版本的数据' }
    await plant(idb, d.id, newer)
    const loaded = must(await store.loadDraft(d.id)).draft
    expect(loaded).toMatchObject({ futureField: '新版本的数据' })
    expect(await store.saveDraft(edited(loaded, 'x'), 2)).toEqual({ ok: false, reason: 'newer', message: OLDER_PAGE_MESSAGE })
    expect(await store.renameDraft(d.id, 'y')).toMatchObject({ ok: false, message: OLDER_PAGE_MESSAGE })
    expect(await get(d.id, idb)).toEqual(newer)
  })

  it('keeps fields a newer version added when it saves an older-schema record', async () => {
    const { store, idb } = freshStore()
    const d = must(await store.createDraft(sampleContent(), format2021)).draft
    await plant(idb, d.id, { ...d, laterField: { year: 2023 }, content: { ...d.content, laterContentField: ['甲'] } })
    const loaded = must(await store.loadDraft(d.id)).draft
    must(await store.saveDraft(edited(loaded, '改名'), loaded.revision))
    expect(await get(d.id, idb)).toMatchObject({ laterField: { year: 2023 }, content: { agency: '改名', laterContentField: ['甲'] } })
  })
})
