import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportEditor } from '../../../src/features/editor/report-editor'
import type { ReportContent } from '../../../src/core/values/types'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

// by label: the accessible name holds the printed row and column labels (getByRole over 200 inputs is slow in jsdom)
const cell = (row: RegExp | string, col: string) =>
  screen.getByLabelText(new RegExp(`${typeof row === 'string' ? row : row.source}.* ${col}$`))
const computedCell = (row: string, col: string) => screen.getByLabelText(new RegExp(`${row}.* ${col}（自动计算）$`))

function setup(content: ReportContent = filledContent(format2021)) {
  const changes: ReportContent[] = []
  const user = userEvent.setup()
  render(<ReportEditor template={format2021} initial={content} onChange={(c) => changes.push(c)} />)
  return { user, changes }
}

const panel = () => screen.getByRole('complementary', { name: '检查结果' })
/** a keystroke's problems are evaluated in the next frame, before it is painted */
const nextFrame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())))

describe('ReportEditor: live 勾稽', () => {
  it('shows a T3-1 problem at its cells and in the panel, and clears it when fixed in another cell', async () => {
    const { user } = setup()
    const received = cell('一、本年新收政府信息公开申请数量', '自然人')
    await user.clear(received)
    await user.type(received, '1')
    await nextFrame()
    expect(received).toHaveAttribute('aria-invalid', 'true')
    expect(cell('四、结转下年度继续办理', '自然人')).toHaveAttribute('aria-invalid', 'true')
    expect(within(panel()).getByRole('button', { name: /自然人：一\+二＝1，三（七）\+四＝0，相差1/ })).toBeInTheDocument()
    expect(within(panel()).getByRole('status')).toHaveTextContent('2个错误')

    const forward = cell('四、结转下年度继续办理', '自然人')
    await user.clear(forward)
    await user.type(forward, '1')
    await nextFrame()
    expect(received).not.toHaveAttribute('aria-invalid')
    expect(within(panel()).queryByRole('button', { name: /相差/ })).toBeNull()
    expect(within(panel()).getByRole('status')).toHaveTextContent('未发现问题')
  })

  it('computes totals as the user types and names them as computed', async () => {
    const { user } = setup()
    await user.clear(cell('（一）予以公开', '商业企业'))
    await user.type(cell('（一）予以公开', '商业企业'), '4')
    await user.clear(cell('（一）予以公开', '自然人'))
    await user.type(cell('（一）予以公开', '自然人'), '3')
    await nextFrame()
    expect(computedCell('（一）予以公开', '总计')).toHaveValue('7')
    expect(computedCell('（七）总计', '自然人')).toHaveValue('3')
  })

  it('clicking a problem focuses its first cell', async () => {
    const { user } = setup()
    await user.clear(cell('二、上年结转政府信息公开申请数量', '科研机构'))
    await user.type(cell('二、上年结转政府信息公开申请数量', '科研机构'), '2')
    await nextFrame()
    await user.click(within(panel()).getByRole('button', { name: /^科研机构：/ }))
    expect(cell('一、本年新收政府信息公开申请数量', '科研机构')).toHaveFocus()
  })

  it('an unreadable value is an error at the cell with the reason', async () => {
    const { user } = setup()
    await user.clear(cell('1.属于国家秘密', '其他'))
    await user.type(cell('1.属于国家秘密', '其他'), 'abc')
    await nextFrame()
    expect(cell('1.属于国家秘密', '其他')).toHaveAttribute('aria-invalid', 'true')
    expect(within(panel()).getByRole('button', { name: /表三「1.属于国家秘密」「其他」：/ })).toBeInTheDocument()
  })
})

describe('ReportEditor: a keystroke', () => {
  it('reaches onChange (autosave) at once and the problems in the next frame, before it is painted', async () => {
    const { user, changes } = setup()
    const received = cell('一、本年新收政府信息公开申请数量', '自然人')
    await user.clear(received)
    await nextFrame()
    // fake timers would also stop user-event: hold the frame by keeping rAF callbacks until released
    const held: FrameRequestCallback[] = []
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => held.push(cb))
    try {
      await user.type(received, '1')
      expect(changes.at(-1)?.cells.t3?.new_received?.natural_person).toBe('1')
      expect(received).not.toHaveAttribute('aria-invalid')
      // two keys before the frame: one evaluation is waiting, not two
      await user.type(received, '2')
      expect(held).toHaveLength(1)
    } finally {
      raf.mockRestore()
    }
    act(() => held.forEach((cb) => cb(performance.now())))
    expect(received).toHaveAttribute('aria-invalid', 'true')
    expect(within(panel()).getByRole('button', { name: /自然人：一\+二＝12，/ })).toBeInTheDocument()
  })
})

describe('ReportEditor: blanks', () => {
  it('one click fills every blank cell with 0', async () => {
    const { user, changes } = setup(filledContent(format2021, (p) => (p.startsWith('t4.') ? '' : '0')))
    expect(within(panel()).getByRole('button', { name: /表四还有12个空白单元格/ })).toBeInTheDocument()
    await user.click(within(panel()).getByRole('button', { name: '将全部12个空白单元格填为0' }))
    expect(within(panel()).getByRole('status')).toHaveTextContent('未发现问题')
    expect(screen.getByLabelText(/复议后起诉 结果维持$/)).toHaveValue('0')
    expect(changes.at(-1)?.cells.t4?.cases?.after_review_upheld).toBe('0')
  })
})

describe('ReportEditor: blanks of one table', () => {
  it('「本表空白填0」 fills that table only; the counts follow', async () => {
    const { user, changes } = setup(filledContent(format2021, (p) => (p.startsWith('t4.') || p.startsWith('p6.') ? '' : '0')))
    expect(within(panel()).getByRole('button', { name: '将全部15个空白单元格填为0' })).toBeInTheDocument()
    const t4 = within(panel()).getByRole('button', { name: /表四还有12个空白单元格/ }).closest('li') as HTMLElement
    await user.click(within(t4).getByRole('button', { name: '本表空白填0' }))
    expect(within(panel()).queryByRole('button', { name: /表四还有/ })).toBeNull()
    expect(within(panel()).getByRole('button', { name: /信息处理费还有3个空白单元格/ })).toBeInTheDocument()
    expect(within(panel()).getByRole('button', { name: '将全部3个空白单元格填为0' })).toBeInTheDocument()
    expect(within(panel()).getByRole('status')).toHaveTextContent('1个错误，0个提醒')
    expect(changes.at(-1)?.cells.t4?.cases?.after_review_upheld).toBe('0')
    expect(changes.at(-1)?.cells.p6?.fees?.notice_count).toBe('')
  })
})

describe('ReportEditor: keyboard and paste like a spreadsheet', () => {
  it('Enter moves down, arrows move between cells, Tab goes right', async () => {
    const { user } = setup()
    act(() => cell('（一）予以公开', '自然人').focus())
    await user.keyboard('{Enter}')
    expect(cell(/（二）部分公开/, '自然人')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(cell(/（二）部分公开/, '商业企业')).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(cell('（一）予以公开', '商业企业')).toHaveFocus()
    await user.tab()
    expect(cell('（一）予以公开', '科研机构')).toHaveFocus()
  })

  it('pastes a 3×7 block from Excel from the focused cell; totals are computed, not pasted', async () => {
    const { user, changes } = setup()
    const block = ['1\t2\t0\t0\t0\t0\t3', '０\u00a0\t1\t0\t0\t0\t0\t9', '1\t3\t0\t0\t0\t0\t4'].join('\r\n')
    act(() => cell('一、本年新收政府信息公开申请数量', '自然人').focus())
    await user.paste(block)
    expect(cell('一、本年新收政府信息公开申请数量', '商业企业')).toHaveValue('2')
    expect(cell('二、上年结转政府信息公开申请数量', '自然人')).toHaveValue('0')
    expect(cell('（一）予以公开', '商业企业')).toHaveValue('3')
    expect(computedCell('二、上年结转', '总计')).toHaveValue('1')
    await waitFor(() => expect(changes.at(-1)?.cells.t3?.r_granted?.commercial).toBe('3'))
    expect(screen.getByText(/已粘贴18个单元格；3个合计单元格由系统计算/)).toBeInTheDocument()
  })

  it('reports pasted values it could not read', async () => {
    const { user } = setup()
    act(() => cell('一、本年新收政府信息公开申请数量', '自然人').focus())
    await user.paste('1\t两\t3')
    expect(screen.getByRole('alert')).toHaveTextContent('1个无法识别：表三「一、本年新收政府信息公开申请数量」「商业企业」「两」')
    expect(cell('一、本年新收政府信息公开申请数量', '商业企业')).toHaveAttribute('aria-invalid', 'true')
  })

  it('reads pasted placeholders and marks as typed ones are read (one reader: normalizeCell)', async () => {
    const { user } = setup()
    act(() => cell('一、本年新收政府信息公开申请数量', '自然人').focus())
    await user.paste('--\t零\t×\t空\t1,234')
    expect(cell('一、本年新收政府信息公开申请数量', '自然人')).toHaveValue('0')
    expect(cell('一、本年新收政府信息公开申请数量', '商业企业')).toHaveValue('0')
    expect(cell('一、本年新收政府信息公开申请数量', '科研机构')).toHaveValue('×')
    expect(cell('一、本年新收政府信息公开申请数量', '科研机构')).toHaveAttribute('aria-invalid', 'true')
    expect(cell('一、本年新收政府信息公开申请数量', '社会公益组织')).toHaveValue('空')
    expect(cell('一、本年新收政府信息公开申请数量', '法律服务机构')).toHaveValue('1234')
    expect(screen.getByRole('alert')).toHaveTextContent('2个无法识别：')
    expect(screen.getByRole('alert')).toHaveTextContent('「×」：「×」不是数字：没有发生请填0')
    expect(screen.getByRole('alert')).toHaveTextContent('「空」：「空」不是数字：没有发生请填0')
  })

  it('normalises a cell on leaving it: full-width digits and 「/」', async () => {
    const { user } = setup()
    const c = cell('（一）予以公开', '科研机构')
    await user.clear(c)
    await user.type(c, '１２')
    await user.tab()
    expect(c).toHaveValue('12')
    await user.clear(c)
    await user.type(c, '/')
    await user.tab()
    expect(c).toHaveValue('0')
    expect(screen.getByText(/「\/」按0处理/)).toBeInTheDocument()
  })
})

describe('ReportEditor: part 六', () => {
  it('shows the standard 信息处理费 sentence the report will print', async () => {
    const { user } = setup()
    expect(screen.getByText(/报告中将写作：本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。/)).toBeInTheDocument()
    const count = screen.getByLabelText('本年度发出收费通知的件数（件）')
    await user.clear(count)
    await user.type(count, '2')
    await user.clear(screen.getByLabelText('发出收费通知的总金额（元）'))
    await user.type(screen.getByLabelText('发出收费通知的总金额（元）'), '200')
    expect(screen.getByText(/本年度共发出收费通知2件，总金额200元，实际收取总金额0元。/)).toBeInTheDocument()
  })
})
