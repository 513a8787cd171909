import { describe, expect, it, beforeEach } from 'vitest'
import { newContent } from '../../../src/core/values/new-content'
import { readJournals, readOwnJournal, writeJournal } from '../../../src/features/drafts/pagehide-journal'
import { RECOVERED, KEPT_AS_VERSION } from '../../../src/features/drafts/recover-copies'
import { nextSeq, TAB_ID } from '../../../src/features/drafts/tab-id'
import { format2021 } from '../../../templates/format-2021'
import { freshStore, must } from './helpers'

async function setup() {
  const { store, versions } = freshStore()
  const content = newContent(format2021, { agency: '某局', year: 2024, unitType: 'department' })
  const created = must(await store.createDraft(content, format2021)).draft
  return { store, versions, content, created }
}

describe('pagehide journal (recovery copy)', () => {
  beforeEach(() => localStorage.clear())

  it('a copy written on the way out is applied and saved on the next load, and the user is told', async () => {
    const { store, content, created } = await setup()
    writeJournal({ ...created, content: { ...content, problems: '关页前刚写的一句话' } }, created.revision)
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content.problems).toBe('关页前刚写的一句话')
    expect(loaded.draft.revision).toBe(created.revision + 1)
    expect(loaded.notices).toEqual([RECOVERED])
    expect(readJournals(created.id).entries).toEqual([])
    const again = must(await store.loadDraft(created.id))
    expect(again.draft.content.problems).toBe('关页前刚写的一句话')
    expect(again.notices).toEqual([])
  })

  it('is per tab: the key carries the tab id and the entry its writer, seq and hash', async () => {
    const { content, created } = await setup()
    writeJournal({ ...created, content: { ...content, problems: 'x' } }, created.revision)
    expect(localStorage.getItem(`nianbao-journal:${created.id}:${TAB_ID}`)).not.toBeNull()
    expect(readOwnJournal(created.id)).toMatchObject({ writer: TAB_ID, baseRevision: created.revision, hash: expect.any(String) })
    // another tab's copy sits beside it instead of replacing it
    localStorage.setItem(`nianbao-journal:${created.id}:other-tab`, JSON.stringify({ draft: created, baseRevision: 1, writer: 'other-tab', seq: 1 }))
    expect(readJournals(created.id).entries).toHaveLength(2)
  })

  it("survives this tab's own save that was in flight when the copy was taken (loss path 2)", async () => {
    const { store, content, created } = await setup()
    // the save takes its content first (seq), then the page is hidden and the copy is written, then the save commits
    const inFlightSeq = nextSeq()
    writeJournal({ ...created, content: { ...content, problems: '保存途中又写的字' } }, created.revision)
    must(await store.saveDraft({ ...created, content: { ...content, problems: '保存途中' } }, created.revision, inFlightSeq))
    expect(readOwnJournal(created.id)).not.toBeNull()
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content.problems).toBe('保存途中又写的字')
    expect(loaded.notices).toEqual([RECOVERED])
  })

  it("is dropped by this tab's save that took the content after it", async () => {
    const { store, content, created } = await setup()
    writeJournal({ ...created, content: { ...content, problems: '旧的' } }, created.revision)
    must(await store.saveDraft({ ...created, content: { ...content, problems: '新的' } }, created.revision, nextSeq()))
    expect(readOwnJournal(created.id)).toBeNull()
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content.problems).toBe('新的')
  })

  it('a copy another tab saved over is kept as a version, not deleted unseen', async () => {
    const { store, versions, content, created } = await setup()
    localStorage.setItem(
      `nianbao-journal:${created.id}:dead-tab`,
      JSON.stringify({ draft: { ...created, content: { ...content, problems: '死掉的标签页写的' } }, baseRevision: created.revision, writer: 'dead-tab', seq: 5 }),
    )
    must(await store.saveDraft({ ...created, content: { ...content, problems: '另一页后来保存的' } }, created.revision))
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content.problems).toBe('另一页后来保存的')
    expect(loaded.notices).toEqual([KEPT_AS_VERSION])
    const kept = await versions.list(created.id)
    expect(kept.map((v) => [v.reason, v.content?.problems])).toContainEqual(['recovered-copy', '死掉的标签页写的'])
    expect(readJournals(created.id).entries).toEqual([])
  })

  it('a damaged copy is kept as text in the history, and the stored draft stands', async () => {
    const { store, versions, content, created } = await setup()
    localStorage.setItem(`nianbao-journal:${created.id}:t1`, '{"draft":{"id":')
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content).toEqual(content)
    const kept = await versions.list(created.id)
    expect(kept).toEqual([expect.objectContaining({ reason: 'unreadable-copy', raw: '{"draft":{"id":' })])
    expect(localStorage.getItem(`nianbao-journal:${created.id}:t1`)).toBeNull()
  })

  it('reads a copy in the format of the version before tab ids', async () => {
    const { store, content, created } = await setup()
    localStorage.setItem(`nianbao-journal:${created.id}`, JSON.stringify({ draft: { ...created, content: { ...content, other: '旧版本的副本' } }, baseRevision: created.revision }))
    const loaded = must(await store.loadDraft(created.id))
    expect(loaded.draft.content.other).toBe('旧版本的副本')
  })
})
