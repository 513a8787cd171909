import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parsePackage, serializePackage } from '../../../src/core/package/data-package'
import type { Draft } from '../../../src/core/package/draft'
import { DraftList } from '../../../src/features/drafts/draft-list'
import { createDraftStore, type DraftStore } from '../../../src/features/drafts/draft-store'
import { FORMATS } from '../../../templates/index'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent, sampleDraft } from '../../core/package/fixtures'
import { freshStore, must, plant } from './helpers'

const NAME = '北京市朝阳区科学技术和信息化局 2024年度'
const summarize = (d: Draft) => ({ errors: d.content.agency.length > 10 ? 2 : 0, warnings: 1 })

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = []
  let pending: Blob | undefined
  URL.createObjectURL = (blob: Blob) => {
    pending = blob
    return 'blob:test'
  }
  URL.revokeObjectURL = () => {}
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) downloads.push({ name: this.download, blob: pending })
  })
})
afterEach(() => vi.restoreAllMocks())

async function show(store: DraftStore) {
  const onOpen = vi.fn()
  const onNew = vi.fn()
  const user = userEvent.setup()
  render(<DraftList store={store} formats={FORMATS} summarize={summarize} onOpen={onOpen} onNew={onNew} />)
  await waitFor(() => expect(screen.queryByText('正在读取已保存的报告…')).not.toBeInTheDocument())
  return { user, onOpen, onNew }
}

async function withDraft() {
  const { store, idb } = freshStore()
  const draft = must(await store.createDraft(sampleContent(), format2021)).draft
  return { store, idb, draft, ...(await show(store)) }
}

describe('DraftList', () => {
  it('shows each draft with unit type, format, problems left and last saved time', async () => {
    const { draft } = await withDraft()
    const row = screen.getByRole('row', { name: new RegExp(NAME) })
    expect(within(row).getByText('部门')).toBeInTheDocument()
    expect(within(row).getByText('2021年版格式')).toHaveAttribute('title', format2021.title)
    expect(within(row).getByText('2 个错误，1 个提醒')).toBeInTheDocument()
    const time = row.querySelector('time')
    expect(time).toHaveAttribute('dateTime', draft.updatedAt)
    expect(time?.textContent).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/)
  })

  it('says 正在检查 while the rule engine is loading, and the counts once it has', async () => {
    const { store } = freshStore()
    must(await store.createDraft(sampleContent(), format2021))
    const props = { store, formats: FORMATS, onOpen: vi.fn(), onNew: vi.fn() }
    const { rerender } = render(<DraftList {...props} summarize={() => undefined} />)
    const row = await screen.findByRole('row', { name: new RegExp(NAME) })
    expect(within(row).getByText('正在检查…')).toBeInTheDocument()
    rerender(<DraftList {...props} summarize={summarize} />)
    expect(await within(row).findByText('2 个错误，1 个提醒')).toBeInTheDocument()
  })

  it('names its section, unless the page does', async () => {
    const { store } = freshStore()
    const { unmount } = render(<DraftList store={store} formats={FORMATS} summarize={summarize} onOpen={vi.fn()} onNew={vi.fn()} />)
    expect(screen.getByRole('region', { name: '我的报告' })).toBeInTheDocument()
    unmount()
    render(<DraftList store={store} formats={FORMATS} summarize={summarize} onOpen={vi.fn()} onNew={vi.fn()} heading={null} />)
    expect(screen.queryByRole('heading', { name: '我的报告' })).not.toBeInTheDocument()
    await screen.findByText(/还没有报告/)
  })

  it('opens a draft and starts a new one', async () => {
    const { user, onOpen, onNew, draft } = await withDraft()
    await user.click(screen.getByRole('button', { name: `打开：${NAME}` }))
    expect(onOpen).toHaveBeenCalledWith(draft.id)
    await user.click(screen.getByRole('button', { name: '新建报告' }))
    expect(onNew).toHaveBeenCalled()
  })

  it('renames a draft in a dialog', async () => {
    const { user, store, draft } = await withDraft()
    await user.click(screen.getByRole('button', { name: `重命名：${NAME}` }))
    const dialog = screen.getByRole('dialog', { name: '重命名报告' })
    const input = within(dialog).getByLabelText('报告名称')
    expect(input).toHaveFocus()
    await user.clear(input)
    await user.type(input, '朝阳区2024年报')
    await user.click(within(dialog).getByRole('button', { name: '保存' }))
    expect(await screen.findByRole('button', { name: '打开：朝阳区2024年报' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('已重命名为“朝阳区2024年报”')
    expect(must(await store.loadDraft(draft.id)).draft.name).toBe('朝阳区2024年报')
  })

  it('cancels a rename with Escape', async () => {
    const { user } = await withDraft()
    await user.click(screen.getByRole('button', { name: `重命名：${NAME}` }))
    await user.type(screen.getByLabelText('报告名称'), '不要{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: `打开：${NAME}` })).toBeInTheDocument()
  })

  it('duplicates a draft', async () => {
    const { user } = await withDraft()
    await user.click(screen.getByRole('button', { name: `复制：${NAME}` }))
    expect(await screen.findByRole('button', { name: `打开：${NAME}（副本）` })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `打开：${NAME}` })).toBeInTheDocument()
  })

  it('deletes only after confirmation, with 取消 focused first', async () => {
    const { user, store } = await withDraft()
    await user.click(screen.getByRole('button', { name: `删除：${NAME}` }))
    let dialog = screen.getByRole('dialog', { name: '删除报告' })
    expect(dialog).toHaveTextContent(`确定删除“${NAME}”？报告将移入回收站，30 天内可以恢复。`)
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(screen.getByRole('button', { name: `打开：${NAME}` })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: `删除：${NAME}` }))
    dialog = screen.getByRole('dialog', { name: '删除报告' })
    await user.click(within(dialog).getByRole('button', { name: '删除' }))
    expect(await screen.findByText(/还没有报告/)).toBeInTheDocument()
    expect(must(await store.listDrafts()).drafts).toEqual([])
  })

  it('keeps a deleted draft in the trash (回收站), restores it, and deletes it for good only when asked', async () => {
    const { user, store, draft } = await withDraft()
    await user.click(screen.getByRole('button', { name: `删除：${NAME}` }))
    await user.click(within(screen.getByRole('dialog', { name: '删除报告' })).getByRole('button', { name: '删除' }))
    const toggle = await screen.findByRole('button', { name: '回收站（1）' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(screen.getByText(/天后彻底删除/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: `恢复：${NAME}` }))
    expect(await screen.findByRole('button', { name: `打开：${NAME}` })).toBeInTheDocument()
    expect(must(await store.loadDraft(draft.id)).draft.content).toEqual(draft.content)

    await user.click(screen.getByRole('button', { name: `删除：${NAME}` }))
    await user.click(within(screen.getByRole('dialog', { name: '删除报告' })).getByRole('button', { name: '删除' }))
    await user.click(await screen.findByRole('button', { name: `彻底删除：${NAME}` }))
    const dialog = screen.getByRole('dialog', { name: '彻底删除报告' })
    expect(dialog).toHaveTextContent('无法恢复')
    await user.click(within(dialog).getByRole('button', { name: '彻底删除' }))
    expect(await screen.findByRole('button', { name: '回收站（0）' })).toBeInTheDocument()
    expect(must(await store.listDrafts())).toMatchObject({ drafts: [], trashed: [] })
  })

  it('exports a draft as a data package that imports back', async () => {
    const { user, draft } = await withDraft()
    await user.click(screen.getByRole('button', { name: `导出数据包：${NAME}` }))
    expect(downloads.map((d) => d.name)).toEqual([`${NAME}.json`])
    const parsed = parsePackage(await downloads[0]!.blob.text(), FORMATS)
    expect(parsed).toMatchObject({ ok: true, name: NAME, content: draft.content })
  })

  it('imports a data package as a new draft', async () => {
    const { user, store } = await withDraft()
    const text = serializePackage(sampleDraft({ name: '从另一台电脑带来的报告' }))
    await user.upload(screen.getByLabelText('导入数据包'), new File([text], '年报.json', { type: 'application/json' }))
    expect(await screen.findByRole('button', { name: '打开：从另一台电脑带来的报告' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('已导入“从另一台电脑带来的报告”')
    expect(must(await store.listDrafts()).drafts).toHaveLength(2)
  })

  it.each([
    ['a foreign file', '{"kind": "other"}', '未导入：这不是年报编制助手导出的数据包'],
    ['a truncated file', serializePackage(sampleDraft()).slice(0, 300), '未导入：文件已损坏或不完整，无法读取'],
    ['a newer version', serializePackage(sampleDraft()).replace('"packageVersion": 2', '"packageVersion": 3'), '更新版本'],
    ['a file over 64 MB', 'x'.repeat(64 * 1024 * 1024 + 1), '未导入：文件过大（64.0 MB），不是本工具导出的数据包'],
  ])('refuses %s with a message and changes nothing', async (_, text, message) => {
    const { user, store } = await withDraft()
    await user.upload(screen.getByLabelText('导入数据包'), new File([text], 'x.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(must(await store.listDrafts()).drafts).toHaveLength(1)
  })

  it('lists damaged records apart, keeps the rest working, and exports their raw content', async () => {
    const { store, idb } = freshStore()
    must(await store.createDraft(sampleContent(), format2021))
    await plant(idb, 'broken-1', '{"id": "broken-1", "conte')
    const { user } = await show(store)
    expect(screen.getByRole('button', { name: `打开：${NAME}` })).toBeInTheDocument()
    const section = screen.getByRole('region', { name: '无法打开的报告' })
    expect(section).toHaveTextContent('记录“broken-1”：记录不是有效的 JSON 数据，可能已损坏')
    await user.click(within(section).getByRole('button', { name: '导出原始数据：记录“broken-1”' }))
    expect(downloads[0]?.name).toBe('损坏的报告-broken-1.json')
    expect(await downloads[0]?.blob.text()).toBe('{"id": "broken-1", "conte')

    await user.click(within(section).getByRole('button', { name: '删除损坏的记录“broken-1”' }))
    await user.click(within(screen.getByRole('dialog', { name: '删除损坏的记录' })).getByRole('button', { name: '删除' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: '无法打开的报告' })).not.toBeInTheDocument())
  })

  it('says so when the browser has no storage', async () => {
    const store = createDraftStore(FORMATS, () => {
      throw new ReferenceError('indexedDB is not defined')
    })
    await show(store)
    expect(screen.getByRole('alert')).toHaveTextContent(/^浏览器存储不可用.*请立即导出数据包保存。/)
  })

  it('picks up drafts another tab creates', async () => {
    const { store } = await withDraft()
    must(await store.createDraft(sampleContent({ agency: '另一标签页新建的' }), format2021))
    expect(await screen.findByRole('button', { name: '打开：另一标签页新建的 2024年度' })).toBeInTheDocument()
  })
})
