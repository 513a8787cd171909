import type { ReportTemplate } from '../template/types'
import { draftSchema, type Draft } from './draft'
import { checkFormat } from './format-check'
import { describeIssues } from './issue-text'
import { migrate } from './migrate'
import { findUnsafe, unsafeMessage } from './safe-tree'

/** `newer`: written by a newer version of the app; readable, but this page must not write it back. */
export type DraftCheck = { readonly ok: true; readonly draft: Draft; readonly newer: boolean } | { readonly ok: false; readonly reason: string }

/** The template a record says it was written for, to name its cells as printed. */
function templateOf(record: unknown, formats: readonly ReportTemplate[]): ReportTemplate | undefined {
  const id = typeof record === 'object' && record !== null && 'formatId' in record ? record.formatId : undefined
  return formats.find((f) => f.id === id)
}

/**
 * Whether a stored record can be opened as a draft, and if not, why (in Chinese, for the list of
 * damaged drafts). Strings are accepted too, so a record written as JSON text is judged by its content.
 */
export function checkDraftRecord(value: unknown, key: unknown, formats: readonly ReportTemplate[]): DraftCheck {
  let record = value
  if (typeof value === 'string') {
    try {
      record = JSON.parse(value)
    } catch {
      return { ok: false, reason: '记录不是有效的 JSON 数据，可能已损坏' }
    }
  }
  const unsafe = findUnsafe(record)
  if (unsafe) return { ok: false, reason: unsafeMessage(unsafe) }
  // anything but an object is left to the schema, which says what it expected
  const migrated = typeof record === 'object' && record !== null && !Array.isArray(record) ? migrate(record) : null
  if (migrated && !migrated.ok) return { ok: false, reason: migrated.reason }
  const parsed = draftSchema.safeParse(migrated ? migrated.value : record)
  if (!parsed.success) return { ok: false, reason: `记录内容不完整或已损坏：${describeIssues(parsed.error.issues, 3, templateOf(record, formats))}` }
  const draft: Draft = parsed.data
  const format = checkFormat(draft.formatId, draft.formatVersion, formats)
  if (!format.ok) {
    return { ok: false, reason: format.newer ? '此报告由更新版本的年报编制助手保存，请更新后再打开' : format.message }
  }
  if (key !== draft.id) return { ok: false, reason: '记录的键与报告编号不一致' }
  return { ok: true, draft, newer: migrated?.newer ?? false }
}
