import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NewReportForm } from '../../../src/features/editor/new-report-form'
import { formatForYear } from '../../../templates'

const today = new Date('2026-01-10')

function setup() {
  const onCreate = vi.fn()
  render(<NewReportForm defaultYear={2025} pickFormat={(y) => formatForYear(y, today)} onCreate={onCreate} />)
  return { user: userEvent.setup(), onCreate }
}

describe('NewReportForm', () => {
  it('says which format the year uses and creates the report', async () => {
    const { user, onCreate } = setup()
    expect(screen.getByText('将使用2021年版格式（国办公开办函〔2021〕30号）')).toBeInTheDocument()
    await user.type(screen.getByLabelText('机关名称'), '  某县人民政府  ')
    await user.click(screen.getByRole('radio', { name: '人民政府' }))
    await user.clear(screen.getByLabelText('报告年度'))
    await user.type(screen.getByLabelText('报告年度'), '2020')
    expect(screen.getByText('将使用2019年版格式（国办公开办函〔2019〕60号）')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '创建报告' }))
    expect(onCreate).toHaveBeenCalledWith({ agency: '某县人民政府', year: 2020, unitType: 'government' })
  })
  it('refuses a year before 2019 with the reason, and a missing agency', async () => {
    const { user, onCreate } = setup()
    await user.click(screen.getByRole('button', { name: '创建报告' }))
    expect(screen.getByRole('alert')).toHaveTextContent('请填写机关名称')
    await user.type(screen.getByLabelText('机关名称'), '某局')
    await user.clear(screen.getByLabelText('报告年度'))
    await user.type(screen.getByLabelText('报告年度'), '2018')
    await user.click(screen.getByRole('button', { name: '创建报告' }))
    expect(screen.getByRole('alert')).toHaveTextContent('2018年度早于现行年报格式')
    expect(onCreate).not.toHaveBeenCalled()
  })
})
