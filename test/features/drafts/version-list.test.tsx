import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { compactContent, type DraftVersion } from '../../../src/core/package/versions'
import { VersionList } from '../../../src/features/drafts/version-list'
import { FORMATS } from '../../../templates/index'
import { sampleContent, sampleDraft } from '../../core/package/fixtures'

const version = (at: string, agency: string, extra: Partial<DraftVersion> = {}): DraftVersion => ({
  key: `draft-1|${at}|00000`,
  draftId: 'draft-1',
  at,
  reason: 'edit',
  name: '朝阳区科信局 2024年度',
  formatId: sampleDraft().formatId,
  formatVersion: 1,
  content: compactContent(sampleContent({ agency })),
  ...extra,
})

describe('VersionList', () => {
  it('lists versions newest first with time, reason and what changed, and acts on the one chosen', async () => {
    const onPreview = vi.fn()
    const onRestore = vi.fn()
    const onExport = vi.fn()
    const versions = [
      version('2025-01-10T09:00:00.000Z', '乙局', { reason: 'conflict-theirs' }),
      version('2025-01-10T08:00:00.000Z', '甲局'),
      { ...version('2025-01-09T08:00:00.000Z', ''), reason: 'unreadable-copy' as const, content: null, raw: '{"dra' },
    ]
    render(<VersionList versions={versions} current={sampleDraft()} formats={FORMATS} previewing={null} onPreview={onPreview} onRestore={onRestore} onExport={onExport} />)
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent('冲突时另一页的版本')
    expect(rows[0]).toHaveTextContent('标题和开头')
    expect(rows[2]).toHaveTextContent('无法读取的内容，只能导出查看')
    expect(within(rows[2] as HTMLElement).queryByRole('button', { name: /^恢复/ })).toBeNull()
    const user = userEvent.setup()
    await user.click(within(rows[1] as HTMLElement).getByRole('button', { name: /^恢复：/ }))
    expect(onRestore).toHaveBeenCalledWith(versions[1])
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: /^预览：/ }))
    expect(onPreview).toHaveBeenCalledWith(versions[0])
    await user.click(within(rows[2] as HTMLElement).getByRole('button', { name: /^导出：/ }))
    expect(onExport).toHaveBeenCalledWith(versions[2])
  })
})
