import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Draft } from '../../../src/core/package/draft'
import { DraftList } from '../../../src/features/drafts/draft-list'
import { FORMATS } from '../../../templates/index'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'
import { freshStore, must } from './helpers'

const summarize = (_d: Draft) => ({ errors: 0, warnings: 0 })

async function listWith(year: number) {
  const { store } = freshStore()
  const content = setCells(filledContent(format2021, () => '0', { year, agency: '某区科学技术委员会' }), {
    't3.new_received.research': '2',
    't3.carried_forward.research': '2',
  })
  const draft = must(await store.createDraft(content, format2021)).draft
  const onOpen = vi.fn()
  render(<DraftList store={store} formats={FORMATS} summarize={summarize} onOpen={onOpen} onNew={vi.fn()} />)
  await waitFor(() => expect(screen.queryByText('正在读取已保存的报告…')).not.toBeInTheDocument())
  return { store, draft, onOpen, user: userEvent.setup() }
}

describe('「以此为上年，开始{Y+1}年度报告」 on the draft list', () => {
  it('creates the next year’s draft with 上年结转 carried and last year attached, and opens it', async () => {
    const { store, draft, onOpen, user } = await listWith(2023)
    const row = screen.getByRole('row', { name: new RegExp(draft.name) })
    await user.click(within(row).getByRole('button', { name: `以此为上年，开始2024年度报告：${draft.name}` }))
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1))
    const opened = must(await store.loadDraft(onOpen.mock.calls[0]?.[0] as string)).draft
    expect(opened.content.year).toBe(2024)
    expect(opened.content.agency).toBe('某区科学技术委员会')
    expect(opened.content.cells.t3?.carried_over?.research).toBe('2')
    expect(opened.content.basis?.year).toBe(2023)
    expect(opened.content.basis?.source).toBe(draft.name)
  })

  it('a report of this year cannot have its next year yet: the reason, no new draft', async () => {
    const year = new Date().getFullYear()
    const { store, draft, onOpen, user } = await listWith(year)
    await user.click(screen.getByRole('button', { name: `以此为上年，开始${year + 1}年度报告：${draft.name}` }))
    expect(await screen.findByRole('alert')).toHaveTextContent('不能晚于今年')
    expect(onOpen).not.toHaveBeenCalled()
    const listed = await store.listDrafts()
    expect(listed.ok && listed.drafts.length).toBe(1)
  })
})
