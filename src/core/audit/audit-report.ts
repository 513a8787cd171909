import { evaluate } from '../rules/evaluate'
import { withoutMemos } from '../rules/written-fields'
import { compileTemplate } from '../template-compile/compile'
import type { CellPath, ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { fingerprint, type Sha256 } from './fingerprint'
import { familyOf } from './rule-family'
import { emptyFamilies, type AuditProblem, type AuditRow, type Evidence, type ReadStatus, type SourceKind } from './types'

/** What the importer says about one cell of the source (its provenance entry), as far as audit needs it. */
export interface SourceTrace {
  readonly raw: string
  readonly where: string
}

export interface ReportInput {
  readonly id: string
  readonly source: string
  readonly kind: SourceKind
  readonly template: ReportTemplate
  readonly content: ReportContent
  /** 部分 when the importer missed tables or cells; the reason says what */
  readonly status?: Exclude<ReadStatus, 'unreadable'>
  readonly reason?: string
  /** the source evidence for a cell, from the import provenance */
  readonly trace?: (path: CellPath) => SourceTrace | undefined
  /** keep the content on the row (browser: detail view and 汇总) */
  readonly keepContent?: boolean
  /** SHA-256 other than Web Crypto's (node's, in the command line) */
  readonly hash?: Sha256
  /** false: no fingerprint (null on the row), when nothing will show it (the command line without --out) */
  readonly withFingerprint?: boolean
}

/** A blank-cell problem may name dozens of cells: the table shows the first few. */
const MAX_LABELS = 5

/** One report through the rule engine: its problems grouped by family, counts and fingerprint. */
export async function auditReport(input: ReportInput): Promise<AuditRow> {
  const { template, content } = input
  const compiled = compileTemplate(template)
  // a batch sees each report's texts once: the editor's memos of texts would only be filled, never hit
  const evaluation = withoutMemos(() => evaluate(template, content))
  const families = emptyFamilies()
  const problems: AuditProblem[] = evaluation.problems.map((p) => {
    const family = familyOf(p, template)
    families[family] += 1
    const shown = p.cells.slice(0, MAX_LABELS)
    const evidence: Evidence[] = []
    for (const cell of shown) {
      const t = input.trace?.(cell)
      if (t) evidence.push({ cell, label: compiled.cells.get(cell)?.name ?? cell, raw: t.raw, where: t.where })
    }
    return {
      key: p.key,
      ruleId: p.ruleId,
      severity: p.severity,
      family,
      message: p.message,
      cells: p.cells,
      cellLabels: shown.map((c) => compiled.cells.get(c)?.name ?? c),
      evidence,
    }
  })
  return {
    id: input.id,
    source: input.source,
    kind: input.kind,
    status: input.status ?? 'complete',
    reason: input.reason ?? '',
    agency: content.agency.trim(),
    year: content.year,
    formatId: template.id,
    formatTitle: template.title,
    errors: evaluation.errorCount,
    warnings: evaluation.warningCount,
    families,
    problems,
    fingerprint: input.withFingerprint === false ? null : await fingerprint(template, content, { evaluation, hash: input.hash }),
    ...(input.keepContent ? { content } : {}),
    ...(content.basis ? { basisYear: content.basis.year } : {}),
  }
}
