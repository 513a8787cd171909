import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { serializePackage } from '../../../src/core/package/data-package'
import { ReportEditor } from '../../../src/features/editor/report-editor'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'
import { sampleDraft } from '../../core/package/fixtures'

// 从数据包文件附加上年报告: the package is read and checked once (parsePackage gives its template)
function setup(year: number) {
  const user = userEvent.setup()
  render(<ReportEditor template={format2021} initial={filledContent(format2021, () => '0', { year })} />)
  // the bar is loaded lazily
  const upload = async (name: string, text: string) =>
    user.upload(await screen.findByLabelText('从数据包文件附加上年报告', undefined, { timeout: 5000 }), new File([text], name, { type: 'application/json' }))
  return { upload }
}

describe('attaching last year from a data package', () => {
  it("attaches the previous year's package and names it", async () => {
    const { upload } = setup(2025)
    await upload('2024年度.json', serializePackage(sampleDraft()))
    await waitFor(() => expect(screen.getByText(/已附加上年报告“2024年度.json”/)).toBeInTheDocument())
    expect(screen.getByText('2024年度.json', { selector: 'strong' })).toBeInTheDocument()
    // what is checked against it, as the template states it
    expect(screen.getByText(/^核对的项目（\d+项）$/)).toBeInTheDocument()
    expect(screen.getByText('表三：本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”')).toBeInTheDocument()
  })

  it('refuses a package of another year, and a damaged file, with the reason', async () => {
    const { upload } = setup(2026)
    await upload('2024年度.json', serializePackage(sampleDraft()))
    await waitFor(() => expect(screen.getByText(/所选报告是2024年度的，上年报告应为2025年度/)).toBeInTheDocument())
    await upload('坏的.json', '{"kind":')
    await waitFor(() => expect(screen.getByText(/未附加：文件已损坏或不完整/)).toBeInTheDocument())
    expect(screen.queryByText(/^上年报告：/)).toBeNull()
  })
})
