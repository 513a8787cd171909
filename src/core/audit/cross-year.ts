import type { ReportTemplate } from '../template/types'
import { basisFrom } from '../year-over-year/basis'
import { auditReport } from './audit-report'
import { agencyKey } from './duplicates'
import type { AuditRow } from './types'

/**
 * 跨年度: where the batch holds two consecutive years of the same agency, last year's report becomes
 * this year's comparison basis (unless the report carries one already) and this year's row is audited
 * again, so the cross-year rules (X-1 上年结转 = 上年结转下年度, …) count under 跨年度. Rows need their
 * content (the browser keeps it). A year present twice (a duplicate) takes its first readable report.
 */
export async function withCrossYear(rows: readonly AuditRow[], formatById: (id: string) => ReportTemplate | undefined): Promise<AuditRow[]> {
  const byKey = new Map<string, AuditRow>()
  for (const r of rows) {
    if (r.status === 'unreadable' || !r.content || r.year === null || !r.agency) continue
    const key = `${agencyKey(r.agency)}\u0000${r.year}`
    if (!byKey.has(key)) byKey.set(key, r)
  }
  return Promise.all(
    rows.map(async (r) => {
      if (r.status === 'unreadable' || !r.content || r.year === null || r.content.basis) return r
      const last = byKey.get(`${agencyKey(r.agency)}\u0000${r.year - 1}`)
      const template = r.formatId ? formatById(r.formatId) : undefined
      const lastTemplate = last?.formatId ? formatById(last.formatId) : undefined
      if (!last?.content || !template || !lastTemplate) return r
      const content = { ...r.content, basis: basisFrom(lastTemplate, last.content, last.source) }
      const again = await auditReport({ id: r.id, source: r.source, kind: r.kind, template, content, status: r.status === 'partial' ? 'partial' : 'complete', reason: r.reason, keepContent: true })
      // the evidence of the first audit stays (it came from the import); the basis is not the row's own content
      const evidence = new Map(r.problems.map((p) => [p.key, p.evidence]))
      return {
        ...again,
        content: r.content,
        problems: again.problems.map((p) => ({ ...p, evidence: evidence.get(p.key) ?? p.evidence })),
        fingerprint: r.fingerprint,
        ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
      }
    }),
  )
}
