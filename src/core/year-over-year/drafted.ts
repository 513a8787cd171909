import type { Evaluation } from '../rules/types'
import type { ReportTemplate } from '../template/types'
import type { DraftedSentence, ReportContent, SentenceKind } from '../values/types'
import { draftSentence } from './sentences'

/** A tracked sentence as it stands: still as drafted, or its tables changed since (`fresh` is the update). */
export interface SentenceStatus {
  readonly entry: DraftedSentence
  readonly stale: boolean
  /** the sentence the tables give now (absent while a figure it needs is blank) */
  readonly fresh?: string
}

const bodyOf = (content: ReportContent, field: string) => content.overview.find((s) => s.id === field)?.body

/** Appends `text` to a sub-section (a new paragraph when the body has text) and tracks it there. */
export function insertSentence(content: ReportContent, field: string, kind: SentenceKind, text: string): ReportContent {
  const overview = content.overview.map((s) => (s.id === field ? { ...s, body: s.body.trim() ? `${s.body.replace(/\s+$/u, '')}\n${text}` : text } : s))
  const drafted = [...tracked(content).filter((d) => !(d.field === field && d.kind === kind)), { kind, field, text }]
  return { ...content, overview, drafted }
}

/** Entries whose text is still in their field word for word; editing it by hand ends the tracking. */
export function tracked(content: ReportContent): DraftedSentence[] {
  return (content.drafted ?? []).filter((d) => bodyOf(content, d.field)?.includes(d.text))
}

/** Every tracked sentence, compared with what the tables give now. */
export function sentenceStatuses(template: ReportTemplate, content: ReportContent, figures: Pick<Evaluation, 'cells' | 'computed'>): SentenceStatus[] {
  return tracked(content).map((entry) => {
    const now = draftSentence(entry.kind, template, figures, content.year, content.basis)
    return now.ok ? { entry, stale: now.text !== entry.text, fresh: now.text } : { entry, stale: true }
  })
}

/** Replaces a stale sentence with the tables' current one, keeping the rest of the field as it is. */
export function updateSentence(content: ReportContent, entry: DraftedSentence, fresh: string): ReportContent {
  const overview = content.overview.map((s) => (s.id === entry.field ? { ...s, body: s.body.replace(entry.text, () => fresh) } : s))
  const drafted = tracked(content).map((d) => (d === entry || (d.field === entry.field && d.kind === entry.kind) ? { ...d, text: fresh } : d))
  return { ...content, overview, drafted }
}
