import { assertNever } from '../../lib/assert-never'
import { TEXT_WIDTH_TWIPS } from '../document/page-style'
import { scaleWidths } from '../document/scale-widths'
import type { DocBlock, DocModel, DocTableCell, DocTableRow } from '../document/types'
import { evaluate } from '../rules/evaluate'
import { formatScaled, toScaled } from '../rules/format-number'
import type { CellStates, Evaluation } from '../rules/types'
import type { CellPath, ReportTemplate, Rule } from '../template/types'
import type { ReportContent } from '../values/types'
import { groupedFingerprint } from './fingerprint'

/** One check of the 校验单: the rule, the figures it compared, and its result. */
export interface CheckLine {
  readonly ruleId: string
  readonly what: string
  readonly figures: string
  readonly result: '通过' | '不通过' | '提醒' | '无法核对'
}

function value(states: CellStates, path: CellPath): number | null {
  const s = states.get(path)
  return s?.status === 'ok' ? toScaled(s.value) : null
}

function sum(states: CellStates, cells: readonly CellPath[]): number | null {
  let total = 0
  for (const c of cells) {
    const v = value(states, c)
    if (v === null) return null
    total += v
  }
  return total
}

const shown = (v: number | null) => (v === null ? '空白' : formatScaled(v))

function line(rule: Rule, e: Evaluation): CheckLine {
  const failed = e.problems.find((p) => p.key === rule.key)
  const result = failed ? (failed.severity === 'error' ? '不通过' : '提醒') : '通过'
  switch (rule.kind) {
    case 'sum': {
      const l = sum(e.cells, rule.left.cells)
      const r = sum(e.cells, rule.right.cells)
      const figures = `${rule.left.label}＝${shown(l)}；${rule.right.label}＝${shown(r)}`
      return { ruleId: rule.id, what: `${rule.subject}：${rule.statement}`, figures, result: l === null || r === null ? '无法核对' : result }
    }
    case 'text':
      return { ruleId: rule.id, what: `正文与${rule.subject}一致`, figures: failed ? failed.message : `${rule.subject}＝${shown(sum(e.cells, rule.cells))}`, result }
    case 'zeroWhilePositive':
      return { ruleId: rule.id, what: rule.message, figures: `${shown(value(e.cells, rule.cell))}；${shown(value(e.cells, rule.positive))}`, result }
    case 'atMost':
      return { ruleId: rule.id, what: rule.message, figures: shown(value(e.cells, rule.cell)), result }
    case 'implies':
      return { ruleId: rule.id, what: rule.message, figures: `${shown(value(e.cells, rule.cell))}；${shown(value(e.cells, rule.requires))}`, result }
    case 'crossYear':
      return { ruleId: rule.id, what: `${rule.subject}：${rule.statement}`, figures: failed ? failed.message : '与上年报告一致', result }
    case 'lastYearHint':
      return { ruleId: rule.id, what: rule.message, figures: failed ? failed.message : '—', result }
    default:
      return assertNever(rule)
  }
}

/** Every rule instance of the template run on the report, in the template's order. */
export function checkLines(template: ReportTemplate, content: ReportContent, evaluation: Evaluation = evaluate(template, content)): CheckLine[] {
  // cross-year rules apply only with last year's report attached
  const lastYear = content.basis !== undefined
  return template.rules.filter((r) => lastYear || (r.kind !== 'crossYear' && r.kind !== 'lastYearHint')).map((r) => line(r, evaluation))
}

export interface CheckSheetMeta {
  readonly fingerprint: string
  /** ISO time the sheet was made */
  readonly at: string
  readonly source?: string
}

const cell = (text: string, role: DocTableCell['role'], align: DocTableCell['align'] = 'left'): DocTableCell => ({ text, role, rowSpan: 1, colSpan: 1, align })

/**
 * The 勾稽校验单 as a DocModel, so the existing renderers draw it: the .docx (features/export) and the
 * printable A4 pages (features/preview). Title, the report's identity and fingerprint, a table of every
 * check with the figures compared, the remaining problems, and lines to sign.
 */
export function checkSheetModel(template: ReportTemplate, content: ReportContent, meta: CheckSheetMeta): DocModel {
  const evaluation = evaluate(template, content)
  const lines = checkLines(template, content, evaluation)
  const failed = lines.filter((l) => l.result === '不通过').length
  const header: DocTableRow = { header: true, cells: [cell('规则', 'header', 'center'), cell('核对内容', 'header', 'center'), cell('比较的数字', 'header', 'center'), cell('结果', 'header', 'center')] }
  const rows: DocTableRow[] = lines.map((l) => ({
    header: false,
    cells: [cell(l.ruleId, 'label', 'center'), cell(l.what, 'label'), cell(l.figures, 'label'), cell(l.result, 'label', 'center')],
  }))
  const others = evaluation.problems.filter((p) => !template.rules.some((r) => r.key === p.key))
  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: `报告：${content.agency || '（未填写机关名称）'}${content.year}年政府信息公开工作年度报告` },
    { kind: 'paragraph', text: `格式：${template.title}` },
    ...(meta.source ? [{ kind: 'paragraph' as const, text: `来源：${meta.source}` }] : []),
    { kind: 'paragraph', text: `内容指纹（SHA-256）：${groupedFingerprint(meta.fingerprint)}` },
    { kind: 'paragraph', text: `校验时间：${meta.at.slice(0, 16).replace('T', ' ')}` },
    { kind: 'paragraph', text: `结论：共核对${lines.length}项，不通过${failed}项；全部问题：错误${evaluation.errorCount}处，提醒${evaluation.warningCount}处。` },
    { kind: 'heading', level: 1, text: '一、勾稽关系核对' },
    { kind: 'table', tableId: 'check-sheet', name: '勾稽校验', columnWidths: scaleWidths([9, 40, 38, 9], TEXT_WIDTH_TWIPS), rows: [header, ...rows] },
    { kind: 'heading', level: 1, text: '二、其他问题' },
    ...(others.length === 0 ? [{ kind: 'paragraph' as const, text: '无。' }] : others.map((p, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. [${p.ruleId}] ${p.message}` }))),
    { kind: 'heading', level: 1, text: '三、签字' },
    { kind: 'paragraph', text: '填报人：________________' },
    { kind: 'paragraph', text: '审核人：________________' },
    { kind: 'paragraph', text: '日期：________年____月____日' },
  ]
  return { title: { agency: content.agency || '（未填写机关名称）', line: `${content.year}年度报告勾稽校验单` }, blocks }
}
