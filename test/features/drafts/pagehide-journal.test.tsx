import { newContent } from '../../../src/core/values/new-content'
import { readJournal, writeJournal } from '../../../src/features/drafts/pagehide-journal'
import { format2021 } from '../../../templates/format-2021'
import { freshStore } from './helpers'

function setup() {
  const { store } = freshStore()
  const content = newContent(format2021, { agency: '某局', year: 2024, unitType: 'department' })
  return { store, content }
}

describe('pagehide journal', () => {
  beforeEach(() => localStorage.clear())

  it('a copy written on the way out is applied and saved on the next load', async () => {
    const { store, content } = setup()
    const created = await store.createDraft(content, format2021)
    if (!created.ok) throw new Error(created.message)
    const onScreen = { ...created.draft, content: { ...content, problems: '关页前刚写的一句话' } }
    writeJournal(onScreen, created.draft.revision)
    const loaded = await store.loadDraft(created.draft.id)
    expect(loaded.ok && loaded.draft.content.problems).toBe('关页前刚写的一句话')
    expect(loaded.ok && loaded.draft.revision).toBe(created.draft.revision + 1)
    expect(readJournal(created.draft.id)).toBeNull()
    const again = await store.loadDraft(created.draft.id)
    expect(again.ok && again.draft.content.problems).toBe('关页前刚写的一句话')
  })

  it('a copy older than what was saved after it is dropped', async () => {
    const { store, content } = setup()
    const created = await store.createDraft(content, format2021)
    if (!created.ok) throw new Error(created.message)
    writeJournal({ ...created.draft, content: { ...content, problems: '旧的' } }, created.draft.revision)
    const saved = await store.saveDraft({ ...created.draft, content: { ...content, problems: '新的' } }, created.draft.revision)
    expect(saved.ok).toBe(true)
    const loaded = await store.loadDraft(created.draft.id)
    expect(loaded.ok && loaded.draft.content.problems).toBe('新的')
    expect(readJournal(created.draft.id)).toBeNull()
  })

  it('a damaged copy is ignored', async () => {
    const { store, content } = setup()
    const created = await store.createDraft(content, format2021)
    if (!created.ok) throw new Error(created.message)
    localStorage.setItem(`nianbao-journal:${created.draft.id}`, '{"draft":{"id":')
    const loaded = await store.loadDraft(created.draft.id)
    expect(loaded.ok && loaded.draft.content).toEqual(content)
  })
})
