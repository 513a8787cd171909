import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportEditor } from '../../src/features/editor/report-editor'
import { filledContent } from '../builders'
import { ADDED_COLUMN, ADDED_RULE, CHANGED_HEADING, format2027, RENAMED_ROW } from '../fixtures/format-2027'

const nextFrame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())))

describe('the form of the 2027 revision', () => {
  it('shows the changed heading, the renamed row and the new column, and the added rule live', async () => {
    const user = userEvent.setup()
    render(<ReportEditor template={format2027} initial={filledContent(format2027, () => '0', { year: 2027 })} onChange={() => {}} />)
    expect(screen.getByRole('heading', { name: CHANGED_HEADING.to })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: CHANGED_HEADING.from })).toBeNull()
    expect(screen.getByLabelText(new RegExp(`${RENAMED_ROW.to} 本年处理决定数量$`))).toBeInTheDocument()
    const revoked = screen.getByLabelText(new RegExp(`行政许可 ${ADDED_COLUMN.label}$`))
    await user.clear(revoked)
    await user.type(revoked, '2')
    await nextFrame()
    expect(revoked).toHaveAttribute('data-severity', 'warning')
    const panel = screen.getByRole('complementary', { name: '检查结果' })
    expect(within(panel).getByRole('button', { name: new RegExp(ADDED_RULE.message) })).toBeInTheDocument()
  })
})
