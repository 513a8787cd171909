import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup } from '../../../src/core/package/backup'
import { BackupPanel } from '../../../src/features/drafts/backup-panel'
import { noteExported } from '../../../src/features/drafts/export-record'
import { FORMATS } from '../../../templates/index'
import { sampleDraft } from '../../core/package/fixtures'

const NOW = new Date('2025-03-20T10:00:00Z')
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 3600 * 1000).toISOString()
const granted = { persisted: async () => false, persist: async () => true } as unknown as StorageManager

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  localStorage.clear()
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

const reminder = () => screen.queryByText(/超过14天没有导出备份/)

describe('BackupPanel', () => {
  it('reminds when changes have gone unexported for 14 days; one click exports all drafts into one file that reads back', async () => {
    const drafts = [
      sampleDraft({ id: 'a', name: '科委 2024年度', createdAt: daysAgo(30), updatedAt: daysAgo(15) }),
      sampleDraft({ id: 'b', name: '教委 2024年度', createdAt: daysAgo(2), updatedAt: daysAgo(1) }),
    ]
    render(<BackupPanel drafts={drafts} now={() => NOW} storage={granted} />)
    expect(reminder()).toHaveTextContent('有1份报告的修改已超过14天没有导出备份')
    await userEvent.click(screen.getByRole('button', { name: '导出全部报告' }))
    expect(downloads.map((d) => d.name)).toEqual(['年报编制助手-全部报告-2025-03-20.json'])
    const parsed = parseBackup(await downloads[0]!.blob.text(), FORMATS, NOW)
    expect(parsed?.ok && parsed.items.map((i) => i.result.ok && i.result.name)).toEqual(['科委 2024年度', '教委 2024年度'])
    expect(screen.getByRole('status')).toHaveTextContent('已将全部2份报告导出到一个文件')
    expect(reminder()).toBeNull()
  })

  it('no reminder within 14 days of creation or of the last export, nor when nothing changed since', () => {
    noteExported(['exported'], new Date(daysAgo(20)))
    const drafts = [
      sampleDraft({ id: 'new', createdAt: daysAgo(13), updatedAt: daysAgo(13) }),
      sampleDraft({ id: 'exported', createdAt: daysAgo(60), updatedAt: daysAgo(21) }),
    ]
    render(<BackupPanel drafts={drafts} now={() => NOW} storage={granted} />)
    expect(reminder()).toBeNull()
  })

  it('changed after an export 14 days ago: reminded', () => {
    noteExported(['a'], new Date(daysAgo(14)))
    render(<BackupPanel drafts={[sampleDraft({ id: 'a', createdAt: daysAgo(60), updatedAt: daysAgo(3) })]} now={() => NOW} storage={granted} />)
    expect(reminder()).toHaveTextContent('有1份报告')
  })

  it('asks the browser to keep the data; says so plainly when it refuses, and nothing when it agrees', async () => {
    const persist = vi.fn(async () => false)
    const { unmount } = render(<BackupPanel drafts={[]} now={() => NOW} storage={{ persisted: async () => false, persist } as unknown as StorageManager} />)
    await waitFor(() => expect(screen.getByText(/浏览器未允许本网站长期保存数据/)).toBeInTheDocument())
    expect(persist).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('button', { name: '导出全部报告' })).toBeNull()
    unmount()
    render(<BackupPanel drafts={[]} now={() => NOW} storage={granted} />)
    await new Promise((r) => setTimeout(r, 20))
    expect(screen.queryByText(/长期保存/)).toBeNull()
  })
})
