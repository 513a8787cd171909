import { emptyFamilies, type AuditRow, type SourceKind } from './types'

/** A file that gave no report: a row with its reason, so the batch goes on. */
export function unreadableRow(id: string, source: string, kind: SourceKind, reason: string): AuditRow {
  return {
    id,
    source,
    kind,
    status: 'unreadable',
    reason,
    agency: '',
    year: null,
    formatId: null,
    formatTitle: '',
    errors: 0,
    warnings: 0,
    families: emptyFamilies(),
    problems: [],
    fingerprint: null,
  }
}
