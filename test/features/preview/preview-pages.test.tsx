import { render, screen, waitFor, within } from '@testing-library/react'
import type { DocTable } from '../../../src/core/document/types'
import type { Problem } from '../../../src/core/rules/types'
import { PreviewPages } from '../../../src/features/preview/preview-pages'
import { REPAGINATE_DELAY_MS } from '../../../src/features/preview/use-pagination'
import { fakeMeasurer, model, para, seedModel } from './fake-measurer'

const pages = () => screen.findAllByRole('article')

describe('PreviewPages', () => {
  it('labels each A4 sheet 「第N页，共M页」 and prints 「— N —」 under the text block', async () => {
    const { measure } = fakeMeasurer()
    render(<PreviewPages model={seedModel('daxing-2024')} measurer={measure} />)
    const sheets = await pages()
    const total = sheets.length
    expect(total).toBeGreaterThan(2)
    sheets.forEach((sheet, i) => {
      expect(sheet).toHaveAccessibleName(`第${i + 1}页，共${total}页`)
      expect(within(sheet).getByText(`— ${i + 1} —`)).toHaveClass('pv-page-number')
    })
    // odd pages carry the number on the right, even pages on the left (GB/T 9704 §7.5)
    expect(sheets[0]).toHaveAttribute('data-side', 'odd')
    expect(sheets[1]).toHaveAttribute('data-side', 'even')
    expect(screen.getByRole('status')).toHaveTextContent(`共${total}页`)
  })

  it('shows the draft mark, the title and the first heading on page 1', async () => {
    const { measure } = fakeMeasurer()
    const m = seedModel('daxing-2024', true)
    render(<PreviewPages model={m} measurer={measure} />)
    const [first] = await pages()
    if (!first || !m.draftMark) throw new Error('no page 1 or no draft mark')
    expect(within(first).getByText(m.draftMark)).toHaveClass('pv-draft')
    expect(within(first).getByText('北京市大兴区科学技术委员会')).toBeInTheDocument()
    expect(within(first).getByRole('heading', { level: 2, name: '一、总体情况' })).toBeInTheDocument()
  })

  it('shows a continued table under its repeated header rows', async () => {
    const { measure } = fakeMeasurer()
    const t3 = seedModel('daxing-2024').blocks.find((b): b is DocTable => b.kind === 'table' && b.tableId === 't3')
    if (!t3) throw new Error('no 表三')
    render(<PreviewPages model={model([para(10), t3])} measurer={measure} />)
    const [, second] = await pages()
    if (!second) throw new Error('no page 2')
    const continued = within(second).getByRole('table', { name: '表三（续）' })
    const [head] = within(continued).getAllByRole('rowgroup')
    expect(head?.tagName).toBe('THEAD')
    expect(within(head as HTMLElement).getByText('申请人情况')).toBeInTheDocument()
  })

  it('renders merged cells with their spans, first-line indents only at a paragraph start', async () => {
    const { measure } = fakeMeasurer()
    const m = seedModel('daxing-2024')
    render(<PreviewPages model={m} measurer={measure} />)
    await pages()
    const t3 = m.blocks.find((b): b is DocTable => b.kind === 'table' && b.tableId === 't3')
    const cells = screen.getAllByText('三、本年度办理结果', { exact: false })
    const spans = cells.map((c) => Number(c.getAttribute('rowspan') ?? 1))
    // cut or not, the label covers each of its 22 rows exactly once
    expect(spans.reduce((a, b) => a + b, 0)).toBe(t3?.rows.find((r) => r.cells[0]?.text.startsWith('三、'))?.cells[0]?.rowSpan)
    for (const p of document.querySelectorAll('.pv-cont')) expect(p).toHaveClass('pv-p')
  })

  it('continues a long paragraph on the next page without the indent', async () => {
    const { measure } = fakeMeasurer()
    render(<PreviewPages model={model([para(30)])} measurer={measure} />)
    const [first, second] = await pages()
    expect(first?.querySelector('.pv-p')).toHaveClass('pv-runs-on')
    expect(second?.querySelector('.pv-p')).toHaveClass('pv-cont')
  })

  it('marks the cells named by a problem and shows what it is given beside the pages', async () => {
    const { measure } = fakeMeasurer()
    const m = seedModel('daxing-2024')
    const t2 = m.blocks.find((b): b is DocTable => b.kind === 'table' && b.tableId === 't2')
    const path = t2?.rows.flatMap((r) => r.cells).find((c) => c.path)?.path
    if (!path) throw new Error('no cell')
    const problem: Problem = { key: 'k', ruleId: 'S-4', severity: 'error', partId: 'p', cells: [path], message: '空白' }
    render(<PreviewPages model={m} measurer={measure} problems={[problem]} aside={<aside aria-label="检查结果">1个错误</aside>} />)
    await pages()
    expect(document.querySelectorAll('td[data-severity="error"]')).toHaveLength(1)
    expect(screen.getByRole('complementary', { name: '检查结果' })).toBeInTheDocument()
  })

  it('re-paginates when the model changes, not when a fresh fonts object names the same fonts', async () => {
    const fake = fakeMeasurer()
    const fonts = () => ({ body: '仿宋', title: '方正小标宋简体' }) as const
    const short = model([para(2)])
    const long = model([para(40)])
    const { rerender } = render(<PreviewPages model={short} fonts={fonts()} measurer={fake.measure} />)
    expect(await pages()).toHaveLength(1)
    rerender(<PreviewPages model={long} fonts={fonts()} measurer={fake.measure} />)
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2))
    const count = fake.log.measured
    rerender(<PreviewPages model={long} fonts={fonts()} measurer={fake.measure} />)
    await new Promise((resolve) => setTimeout(resolve, REPAGINATE_DELAY_MS + 100))
    expect(fake.log.measured).toBe(count)
    expect(fake.log.disposed).toBe(fake.log.measured)
  })
})
