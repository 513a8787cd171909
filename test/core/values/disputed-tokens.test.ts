/**
 * The marks people put in numeric cells, decided once (issue 12, item 4): typed, pasted and imported text
 * all go through normalizeCell, so each token reads the same whichever way it arrived.
 */
import { importDocument } from '../../../src/core/import/import-document'
import { evaluate } from '../../../src/core/rules/evaluate'
import { cellPath, splitCellPath } from '../../../src/core/template/cell-path'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { CellKind, CellPath } from '../../../src/core/template/types'
import { normalizeCell } from '../../../src/core/values/normalize-cell'
import { parsePasteBlock } from '../../../src/core/values/parse-paste'
import { format2021 } from '../../../templates/format-2021'
import { filledContent, setCells } from '../../builders'
import { distinctValues, reportDocument } from '../import/doc-builders'

type Decision =
  | { readonly read: 'zero'; readonly notice: string }
  | { readonly read: 'number'; readonly text: string }
  | { readonly read: 'refused'; readonly reason: string }
  | { readonly read: 'blank' }

interface Row {
  readonly token: string
  readonly kind: keyof typeof CELL
  readonly decision: Decision
  /** why, in a few words: the table is the decision record */
  readonly why: string
}

const zero = (token: string): Decision => ({ read: 'zero', notice: `「${token}」按0处理` })
const refused = (reason: string): Decision => ({ read: 'refused', reason })

const DECISIONS: readonly Row[] = [
  { token: '--', kind: 'count', decision: zero('--'), why: 'a dash typed with the keyboard: nothing to report' },
  { token: '零', kind: 'count', decision: zero('零'), why: 'the word for 0' },
  { token: '—', kind: 'wanYuan', decision: zero('—'), why: 'an em dash: the usual 「nothing」 mark of printed reports' },
  { token: '－', kind: 'count', decision: zero('－'), why: 'a full-width minus alone: a dash' },
  { token: '无', kind: 'count', decision: zero('无'), why: '「none」' },
  { token: '／', kind: 'count', decision: zero('／'), why: 'a full-width slash: 「not applicable, none」 in published tables' },
  { token: '×', kind: 'count', decision: refused('「×」不是数字：没有发生请填0'), why: 'may mean not applicable or not counted: not a 0' },
  { token: 'x', kind: 'wanYuan', decision: refused('「x」不是数字：没有发生请填0'), why: 'the same mark typed as a letter' },
  { token: '~', kind: 'count', decision: refused('「~」不是数字：请填写一个数'), why: 'a range, not one figure' },
  { token: '～', kind: 'count', decision: refused('「～」不是数字：请填写一个数'), why: 'the full-width range mark' },
  { token: '空', kind: 'count', decision: refused('「空」不是数字：没有发生请填0'), why: 'left empty on purpose: the blank rule (S-4) asks for a 0' },
  { token: '', kind: 'count', decision: { read: 'blank' }, why: 'blank is not 0: it stays blank and S-4 names it' },
  { token: '１２', kind: 'count', decision: { read: 'number', text: '12' }, why: 'full-width digits from a Chinese IME are digits' },
  { token: '１，２３４', kind: 'count', decision: { read: 'number', text: '1234' }, why: 'full-width digits and comma' },
  { token: '1,234', kind: 'count', decision: { read: 'number', text: '1234' }, why: 'thousands separators every 3 digits' },
  { token: '12,345.6789', kind: 'wanYuan', decision: { read: 'number', text: '12345.6789' }, why: 'separators before the point only' },
  { token: '1,23', kind: 'count', decision: refused('千分位分隔不对，应每3位一组'), why: 'a comma that is not a thousands separator may be a decimal point: refused' },
]

/** A typed cell of the 2021 format of the given kind, to put each token in (it has no signed cells). */
const CELL: Readonly<Record<Exclude<CellKind, 'signedCount'>, CellPath>> = {
  count: cellPath('t3', 'new_received', 'natural_person'),
  wanYuan: cellPath('t2', 'admin_fees', 'amount'),
  yuan: cellPath('p6', 'fees', 'notice_amount'),
}

describe('each disputed token, decided once for typing, pasting and importing', () => {
  it.each(DECISIONS.map((r) => [JSON.stringify(r.token), r.why, r] as const))('%s (%s)', (_t, _why, { token, kind, decision }) => {
    // typed: what normalizeCell reads, and what the rule engine makes of the stored text
    const typed = normalizeCell(token, kind)
    switch (decision.read) {
      case 'zero':
        expect(typed).toEqual({ status: 'ok', value: 0, text: '0', notice: decision.notice })
        break
      case 'number':
        expect(typed).toEqual({ status: 'ok', value: Number(decision.text), text: decision.text })
        break
      case 'refused':
        expect(typed).toEqual({ status: 'invalid', reason: decision.reason })
        break
      case 'blank':
        expect(typed).toEqual({ status: 'blank' })
    }
    const path = CELL[kind]
    expect(compileTemplate(format2021).cells.get(path)?.kind).toBe(kind)
    const stored = evaluate(format2021, setCells(filledContent(format2021), { [path]: token }))
    expect(stored.cells.get(path)?.status).toBe(typed.status)
    expect(stored.problems.some((p) => p.ruleId === 'S-K' && p.cells[0] === path)).toBe(decision.read === 'refused')

    // pasted: the block reader hands the token over as copied (a row of two cells, so it is a block)
    expect(parsePasteBlock(`${token}\t1`)).toEqual([[token, '1']])
  })

  // imported: one table cell of a whole report document holding the token, read by the text importer
  it.each(DECISIONS.filter((r) => r.kind !== 'yuan').map((r) => [JSON.stringify(r.token), r] as const))('%s imported', (_t, { token, kind, decision }) => {
    const path = CELL[kind]
    const value = distinctValues(format2021)
    const doc = reportDocument(format2021, (p) => (p === path ? token : value(p)))
    const out = importDocument(doc, [format2021])
    const [t, r, c] = splitCellPath(path)
    const text = out.content.cells[t]?.[r]?.[c]
    const said = out.findings.map((f) => f.message).join('\n')
    switch (decision.read) {
      case 'zero':
        expect(text).toBe('0')
        expect(said).toContain(decision.notice)
        break
      case 'number':
        expect(text).toBe(decision.text)
        break
      case 'refused':
        // kept as printed, so the form shows the problem at the cell
        expect(text).toBe(token)
        expect(said).toContain(decision.reason)
        break
      case 'blank':
        expect(text).toBe('')
    }
  })
})
