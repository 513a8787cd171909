import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportEditor } from '../../../src/features/editor/report-editor'
import type { ReportContent } from '../../../src/core/values/types'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

function setup(overrides: Partial<ReportContent> = {}) {
  const changes: ReportContent[] = []
  render(<ReportEditor template={format2021} initial={filledContent(format2021, () => '0', overrides)} onChange={(c) => changes.push(c)} />)
  return { user: userEvent.setup(), changes, last: () => changes.at(-1) }
}

const titles = () => screen.getAllByLabelText(/^（[一二三四五六七八九十]+）小节标题$/).map((i) => (i as HTMLInputElement).value)

describe('part 一 sub-sections', () => {
  it('starts with the five required topics, numbered （一）…（五）', () => {
    setup()
    expect(titles()).toEqual(['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'])
  })
  it('adds, reorders and removes sub-sections, and the content follows', async () => {
    const { user, last } = setup()
    await user.click(screen.getByRole('button', { name: '添加小节' }))
    await user.type(screen.getByLabelText('（六）小节标题'), '教育培训')
    await user.click(screen.getByRole('button', { name: '（六）上移' }))
    expect(titles()[4]).toBe('教育培训')
    expect(last()?.overview.map((s) => s.title)[4]).toBe('教育培训')
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    await user.click(screen.getByRole('button', { name: '删除（一）小节' }))
    expect(titles()[0]).toBe('依申请公开')
    expect(last()?.overview).toHaveLength(5)
  })
  it('a government report is warned until 工作考核、社会评议和责任追究结果情况 is written', async () => {
    const { user } = setup({ unitType: 'government' })
    const panel = screen.getByRole('complementary', { name: '检查结果' })
    expect(within(panel).getByRole('button', { name: /须写明工作考核、社会评议和责任追究结果情况/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /添加“工作考核、社会评议和责任追究结果情况”/ }))
    await user.type(screen.getByLabelText('（六）工作考核、社会评议和责任追究结果情况内容'), '年度考核结果为优秀。')
    expect(within(panel).queryByRole('button', { name: /须写明工作考核/ })).toBeNull()
  })
})

describe('part 一 names', () => {
  it('a new sub-section body is named by its number and the title typed', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: '添加小节' }))
    await user.type(screen.getByLabelText('（六）小节标题'), '组织领导')
    expect(screen.getByLabelText('（六）组织领导内容')).toBeInTheDocument()
  })
})
