import { act, render, screen, within } from '@testing-library/react'
import { evaluate } from '../../../src/core/rules/evaluate'
import type { Evaluation } from '../../../src/core/rules/types'
import { createEvaluationStore } from '../../../src/features/editor/evaluation-store'
import { ProblemsPanel } from '../../../src/features/editor/problems-panel'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

describe('ProblemsPanel', () => {
  it('says the counts the evaluation made, and follows them when only a count changes', () => {
    const real = evaluate(format2021, filledContent(format2021, (p) => (p.startsWith('t4.') ? '' : '0')))
    // counts that recounting the listed problems would not give: the panel must say these
    const told: Evaluation = { ...real, errorCount: 7, warningCount: 2, blankCellCount: 30 }
    const store = createEvaluationStore(told)
    render(<ProblemsPanel template={format2021} store={store} onLocate={() => {}} onFillBlanks={() => {}} />)
    const panel = screen.getByRole('complementary', { name: '检查结果' })
    expect(within(panel).getByRole('status')).toHaveTextContent('7个错误，2个提醒')
    expect(within(panel).getByRole('button', { name: '将全部30个空白单元格填为0' })).toBeInTheDocument()
    act(() => store.set({ ...told, warningCount: 3 }))
    expect(within(panel).getByRole('status')).toHaveTextContent('7个错误，3个提醒')
  })

  it('keeps the same counts object while the counts stay the same', () => {
    const e = evaluate(format2021, filledContent(format2021))
    const store = createEvaluationStore(e)
    const before = store.counts()
    store.set({ ...e })
    expect(store.counts()).toBe(before)
    store.set({ ...e, errorCount: e.errorCount + 1 })
    expect(store.counts()).not.toBe(before)
  })
})
