import { z } from 'zod/mini'
import { LIMITS } from '../schema/content-schema'
import { isText, parseContent } from '../schema/plain-content'
import { isRecord } from '../../lib/is-record'
import { pickFormat } from '../template/pick-format'
import type { ReportTemplate } from '../template/types'
import type { ReportContent } from '../values/types'
import { cleanDraftName, type Draft } from './draft'
import { checkFormat, NEWER_MESSAGE } from './format-check'
import { describeIssues } from './issue-text'
import { migrate } from './migrate'
import { findUnsafe, unsafeMessage } from './safe-tree'
import { SCHEMA_VERSION } from './schema-version'

export const PACKAGE_KIND = 'nianbao-report'
/** The package's shape follows the record's (see schema-version.ts); packages of version 1 are migrated. */
export const PACKAGE_VERSION = SCHEMA_VERSION
/**
 * Real packages are well under 1 MB; the cap keeps a wrong file from freezing the page. It must stay above
 * the largest draft the stored limits allow (about 16 million characters with last year attached and every
 * text full), or a draft the app accepted would export a package it refuses (tested).
 */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024

export const DAMAGED_MESSAGE = '文件已损坏或不完整，无法读取'
export const FOREIGN_MESSAGE = '这不是年报编制助手导出的数据包'

/**
 * A report read and checked once, ready for `createDraft(content, template, name)`: the template is the
 * one the package names (known, of its version, and the one its year calls for), the name is cleaned.
 * Writing it still runs the store's final check of the whole record.
 */
export interface NewDraft {
  readonly template: ReportTemplate
  readonly content: ReportContent
  readonly name: string
}

export type ParsedPackage =
  | (NewDraft & {
      readonly ok: true
      readonly formatId: string
      readonly formatVersion: number
    })
  | { readonly ok: false; readonly message: string }

export function tooLargeMessage(size: number): string {
  return `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不是本工具导出的数据包`
}

/** A draft as the JSON file a user keeps, mails, or opens next year. */
export function serializePackage(draft: Draft, now: Date = new Date()): string {
  const pkg = {
    kind: PACKAGE_KIND,
    packageVersion: PACKAGE_VERSION,
    formatId: draft.formatId,
    formatVersion: draft.formatVersion,
    exportedAt: now.toISOString(),
    name: draft.name,
    content: draft.content,
  }
  return JSON.stringify(pkg, null, 2)
}

export const envelopeSchema = z.object({
  kind: z.literal(PACKAGE_KIND),
  packageVersion: z.int().check(z.minimum(1)),
  formatId: z.string().check(z.minLength(1), z.maxLength(64)),
  formatVersion: z.int().check(z.minimum(1)),
  exportedAt: z.optional(z.string().check(z.maxLength(64))),
  name: z.optional(z.string().check(z.maxLength(LIMITS.shortText))),
  content: z.unknown(),
})

type Envelope = ReturnType<typeof envelopeSchema.safeParse>

const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1

/**
 * envelopeSchema's answer, with a quick yes when every field is as it should be (zod's per-parse setup was
 * most of this small check's cost in a batch audit); anything else goes to zod, which words the issues.
 * The yes gives the value itself: only the schema's fields are read from it.
 */
export function parseEnvelope(v: unknown): Envelope {
  if (isRecord(v)) {
    const ok = v['kind'] === PACKAGE_KIND && v['content'] !== undefined && isCount(v['packageVersion']) && isText(v['formatId'], 64, 1) && isCount(v['formatVersion'])
    if (ok && (v['exportedAt'] === undefined || isText(v['exportedAt'], 64)) && (v['name'] === undefined || isText(v['name'], LIMITS.shortText))) {
      return { success: true, data: v as z.output<typeof envelopeSchema> } as Envelope
    }
  }
  return envelopeSchema.safeParse(v)
}

const refuse = (message: string): ParsedPackage => ({ ok: false, message })

/**
 * Reads a data package. Never throws: every refusal is a message in Chinese, and a refused
 * file changes nothing because the caller only ever sees `ok: false`.
 */
export function parsePackage(text: string, knownFormats: readonly ReportTemplate[], today: Date = new Date()): ParsedPackage {
  try {
    return parse(text, knownFormats, today)
  } catch {
    // only reachable through a bug in a dependency; a crash would be worse than a vague message
    return refuse(DAMAGED_MESSAGE)
  }
}

function parse(text: string, formats: readonly ReportTemplate[], today: Date): ParsedPackage {
  if (typeof text !== 'string') return refuse(DAMAGED_MESSAGE)
  if (text.length > MAX_PACKAGE_BYTES) return refuse(tooLargeMessage(text.length))
  let value: unknown
  try {
    // a package re-saved by Notepad starts with a byte order mark, which JSON.parse rejects
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return refuse(DAMAGED_MESSAGE)
  }
  const unsafe = findUnsafe(value)
  if (unsafe) return refuse(unsafeMessage(unsafe))
  if (isRecord(value) && isDraftRecord(value)) value = recordAsPackage(value)
  if (!isRecord(value) || value['kind'] !== PACKAGE_KIND) return refuse(FOREIGN_MESSAGE)
  const pv = value['packageVersion']
  if (typeof pv === 'number' && pv > PACKAGE_VERSION) return refuse(NEWER_MESSAGE)
  const migrated = migrate(value, 'packageVersion')
  if (!migrated.ok) return refuse(`数据包格式不正确：数据包版本（${migrated.reason}）`)

  const envelope = parseEnvelope(migrated.value)
  if (!envelope.success) return refuse(`数据包格式不正确：${describeIssues(envelope.error.issues)}`)
  const { formatId, formatVersion } = envelope.data
  const format = checkFormat(formatId, formatVersion, formats)
  if (!format.ok) return refuse(format.message)

  const content = parseContent(envelope.data.content)
  if (!content.success) return refuse(`数据包内容不符合要求：${describeIssues(content.error.issues, 3, format.template)}`)
  const byYear = pickFormat(formats, content.data.year, today.getFullYear())
  if (!byYear.ok) return refuse(byYear.message)
  if (byYear.template.id !== formatId) {
    return refuse(
      `年度与格式不符：${content.data.year}年度应使用「${byYear.template.title}」，数据包标明的是「${format.template.title}」`,
    )
  }
  return {
    ok: true,
    template: format.template,
    formatId,
    formatVersion,
    name: cleanDraftName(envelope.data.name ?? '', content.data),
    content: content.data,
  }
}

/** A stored draft record as 导出原始数据 saves it: no `kind`, but a format and content. */
function isDraftRecord(value: Record<string, unknown>): boolean {
  return value['kind'] === undefined && ('content' in value || 'formatId' in value)
}

/** A raw record read as the package it would have been exported as, so its problems are named the same way. */
function recordAsPackage(record: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: PACKAGE_KIND,
    packageVersion: record['schemaVersion'] ?? 1,
    formatId: record['formatId'],
    formatVersion: record['formatVersion'],
    name: record['name'],
    content: record['content'],
  }
}

