import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ImportOutcome } from '../../../src/core/import/types'
import { ImportReportDialog } from '../../../src/features/import/import-report-dialog'
import { readSeedText } from '../../fixtures/seeds'

function setup() {
  const created: ImportOutcome[] = []
  const onCreate = vi.fn(async (o: ImportOutcome) => {
    created.push(o)
    return { ok: true as const }
  })
  const onClose = vi.fn()
  render(<ImportReportDialog onCreate={onCreate} onClose={onClose} renderExtraActions={(o) => <button type="button">以此为上年，开始{o.content.year + 1}年度报告</button>} />)
  return { onCreate, onClose, created }
}

async function paste(text: string) {
  const user = userEvent.setup()
  await user.click(screen.getByText('粘贴报告文字'))
  fireEvent.change(screen.getByLabelText('从网页或 Word 中复制的报告全文'), { target: { value: text } })
  await user.click(screen.getByRole('button', { name: '读取文字' }))
  return user
}

describe('ImportReportDialog', () => {
  it('offers a button 选择文件 and a drop zone, never the raw file input', () => {
    setup()
    expect(screen.getByRole('button', { name: '选择文件' })).toBeVisible()
    expect(screen.getByText('或将文件拖放到此处')).toBeVisible()
    expect(document.querySelector('input[type=file]')).not.toBeVisible()
  })

  it('shows the report as read with its tables and rule checks, then creates the draft', async () => {
    const { onCreate, created } = setup()
    const user = await paste(readSeedText('daxing-2024'))
    const dialog = await screen.findByRole('dialog', { name: '核对导入的报告' })
    expect(within(dialog).getByText('北京市大兴区科学技术委员会')).toBeVisible()
    expect(within(dialog).getByText('勾稽检查：0 个错误，0 个提醒')).toBeVisible()
    expect(within(dialog).getByText('读取情况：没有需要核对的问题')).toBeVisible()
    const t3 = dialog.querySelector('td[data-path="t3.new_received.total"]')
    expect(t3?.textContent).toBe('1')
    expect(within(dialog).getByRole('button', { name: '以此为上年，开始2025年度报告' })).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: '创建为草稿' }))
    expect(onCreate).toHaveBeenCalledTimes(1)
    expect(created[0]?.content).toMatchObject({ agency: '北京市大兴区科学技术委员会', year: 2024 })
  })

  it('marks and explains a blank cell, a placeholder and a missing row', async () => {
    setup()
    const text = readSeedText('daxing-2024').replace('\t规章\n\t0\n\t0\n\t0', '\t规章\n\t/\n\t0\n\t').replace(/\t行政强制\n\t0\n/, '')
    await paste(text)
    const dialog = await screen.findByRole('dialog', { name: '核对导入的报告' })
    expect(dialog.querySelector('td[data-path="t2.regulations.issued"]')?.getAttribute('data-how')).toBe('placeholder')
    expect(dialog.querySelector('td[data-path="t2.regulations.in_force"]')?.getAttribute('data-how')).toBe('blank')
    expect(dialog.querySelector('td[data-path="t2.coercion.decisions"]')?.getAttribute('data-how')).toBe('missing')
    const notes = within(dialog).getByRole('list', { name: '表二中需要核对的单元格' })
    expect(notes).toHaveTextContent('占位符：原文为「/」，按0导入')
    expect(notes).toHaveTextContent('空白：原文此格为空')
    expect(notes).toHaveTextContent('未找到')
    // the rule engine sees the report as read: the blank cell is reported
    expect(within(dialog).getByText(/勾稽检查：[1-9]\d* 个错误/)).toBeVisible()
  })

  it('asks to confirm a year taken from the statistics period before creating', async () => {
    const { onCreate } = setup()
    const text = readSeedText('daxing-2024').replace('北京市大兴区科学技术委员会\n\n2024年政府信息公开工作年度报告', '北京市大兴区科学技术委员会政府信息公开工作年度报告')
    const user = await paste(text)
    const dialog = await screen.findByRole('dialog', { name: '核对导入的报告' })
    const create = within(dialog).getByRole('button', { name: '创建为草稿' })
    expect(create).toBeDisabled()
    expect(within(dialog).getByLabelText('标题中没有年度，请确认报告年度')).toHaveValue('2024')
    await user.click(within(dialog).getByRole('button', { name: '确认年度' }))
    await user.click(create)
    expect(onCreate).toHaveBeenCalledTimes(1)
  })

  it('cancel changes nothing', async () => {
    const { onCreate, onClose } = setup()
    const user = await paste(readSeedText('miyun-2023'))
    const dialog = await screen.findByRole('dialog', { name: '核对导入的报告' })
    await user.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(onCreate).not.toHaveBeenCalled()
  })

  it('gives a Chinese message for a file that is not a report, and creates nothing', async () => {
    const { onCreate } = setup()
    const zone = screen.getByText('或将文件拖放到此处').parentElement as HTMLElement
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], '报告.docx')
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } })
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^未导入：/))
    expect(onCreate).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: '重新选择' })).toBeVisible()
  })
})
