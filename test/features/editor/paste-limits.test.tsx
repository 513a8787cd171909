import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LIMITS } from '../../../src/core/schema/content-schema'
import { contentSchema } from '../../../src/core/schema/content-schema'
import { fitLength } from '../../../src/core/values/fit-length'
import type { ReportContent } from '../../../src/core/values/types'
import { pasteOverflow } from '../../../src/features/editor/paste-limit'
import { ReportEditor } from '../../../src/features/editor/report-editor'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

// Issue 11, loss path 1: the form holds every field to what a draft can store, so a save is never refused.
const cell = (row: string, col: string) => screen.getByLabelText(new RegExp(`${row}.* ${col}$`))

function setup(content: ReportContent = filledContent(format2021)) {
  const changes: ReportContent[] = []
  render(<ReportEditor template={format2021} initial={content} onChange={(c) => changes.push(c)} />)
  return { user: userEvent.setup(), changes }
}

const LONG = 'ABCDEFGHIJ'.repeat(10)

describe('limits in the form', () => {
  it('a block with a 100-character value is pasted cut to 64, named by its printed labels, and the content stays storable', async () => {
    const { user, changes } = setup()
    act(() => cell('一、本年新收政府信息公开申请数量', '自然人').focus())
    await user.paste(`${LONG}\t5`)
    expect(cell('一、本年新收政府信息公开申请数量', '自然人')).toHaveValue(LONG.slice(0, 64))
    expect(cell('一、本年新收政府信息公开申请数量', '商业企业')).toHaveValue('5')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('1个值超过64字，只保留了前64字：表三「一、本年新收政府信息公开申请数量」「自然人」')
    expect(alert).not.toHaveTextContent(/new_received|natural_person/)
    // kept as typed (cut), with its problem at the cell
    expect(cell('一、本年新收政府信息公开申请数量', '自然人')).toHaveAttribute('aria-invalid', 'true')
    await waitFor(() => expect(changes.at(-1)?.cells.t3?.new_received?.natural_person).toBe(LONG.slice(0, 64)))
    expect(contentSchema.safeParse(changes.at(-1)).success).toBe(true)
  })

  it('every text field carries the stored limit as maxLength', () => {
    setup()
    expect(cell('一、本年新收政府信息公开申请数量', '自然人')).toHaveAttribute('maxlength', String(LIMITS.cellText))
    expect(screen.getByLabelText('机关名称')).toHaveAttribute('maxlength', String(LIMITS.shortText))
    const areas = document.querySelectorAll('textarea')
    expect(areas.length).toBeGreaterThanOrEqual(8)
    for (const a of areas) expect(a).toHaveAttribute('maxlength', String(LIMITS.longText))
  })

  it('a paste the browser cuts at maxLength is said, naming the field', async () => {
    const { user } = setup()
    const field = screen.getByRole('textbox', { name: '五、存在的主要问题及改进情况' })
    await user.clear(field)
    act(() => field.focus())
    await user.paste('长'.repeat(LIMITS.longText + 10))
    expect(screen.getByRole('alert')).toHaveTextContent('「五、存在的主要问题及改进情况」最多100000字：粘贴的内容只保留了前100000字，其余10字未粘贴')
  })

  it('no more sub-sections than a draft can store', async () => {
    const base = filledContent(format2021)
    const overview = Array.from({ length: LIMITS.subsections }, (_, i) => ({ id: `s${i}`, title: `小节${i}`, body: '' }))
    setup({ ...base, overview })
    expect(screen.getByRole('button', { name: '添加小节' })).toBeDisabled()
  })
})

describe('pasteOverflow and fitLength', () => {
  it('counts what replaces the selection as room', () => {
    expect(pasteOverflow({ maxLength: 5, value: 'abc', selectionStart: 3, selectionEnd: 3 }, 'xy')).toBeNull()
    expect(pasteOverflow({ maxLength: 5, value: 'abc', selectionStart: 3, selectionEnd: 3 }, 'xyz')).toEqual({ max: 5, kept: 2, dropped: 1 })
    expect(pasteOverflow({ maxLength: 5, value: 'abcde', selectionStart: 0, selectionEnd: 5 }, 'vwxyz')).toBeNull()
    expect(pasteOverflow({ maxLength: -1, value: '', selectionStart: 0, selectionEnd: 0 }, 'x'.repeat(1000))).toBeNull()
  })

  it('never cuts a surrogate pair in two', () => {
    expect(fitLength('ab😀', 3)).toBe('ab')
    expect(fitLength('ab😀', 4)).toBe('ab😀')
    expect(fitLength('abcd', 2)).toBe('ab')
  })
})
