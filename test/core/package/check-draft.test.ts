import { SCHEMA_VERSION } from '../../../src/core/package/schema-version'
import { describe, expect, it } from 'vitest'
import { checkDraftRecord } from '../../../src/core/package/check-draft'
import { cleanDraftName, defaultDraftName } from '../../../src/core/package/draft'
import { FORMATS } from '../../../templates/index'
import { draft2019, sampleContent, sampleDraft } from './fixtures'

const check = (value: unknown, key: unknown = 'draft-1') => checkDraftRecord(value, key, FORMATS)
const reason = (value: unknown, key?: unknown): string => {
  const r = check(value, key)
  if (r.ok) throw new Error('expected the record to be refused')
  return r.reason
}

describe('checkDraftRecord', () => {
  it('accepts a stored draft of either format', () => {
    // a record from before schema versions is migrated: it now says its version
    expect(check(sampleDraft())).toEqual({ ok: true, draft: { ...sampleDraft(), schemaVersion: SCHEMA_VERSION }, newer: false })
    expect(check(draft2019(), 'draft-2019').ok).toBe(true)
  })

  it('accepts a draft stored as JSON text', () => {
    expect(check(JSON.stringify(sampleDraft()))).toEqual({ ok: true, draft: { ...sampleDraft(), schemaVersion: SCHEMA_VERSION }, newer: false })
  })

  it('refuses invalid JSON text', () => {
    expect(reason('{"id": "draft-1", "con')).toBe('记录不是有效的 JSON 数据，可能已损坏')
  })

  it.each([
    ['null', null, '记录内容不完整或已损坏：整体（缺少或类型不对，应为对象）'],
    ['a number', 7, '记录内容不完整或已损坏：整体（缺少或类型不对，应为对象）'],
    ['no content', { ...sampleDraft(), content: undefined }, '记录内容不完整或已损坏：报告内容（缺少或类型不对，应为对象）'],
    [
      'a wrong cell',
      { ...sampleDraft(), content: sampleContent({ cells: { t3: { r: { c: 5 } } } as never }) },
      '记录内容不完整或已损坏：报告内容 › 表格 › 表三 › r › c（缺少或类型不对，应为文字）',
    ],
    [
      'a cell over the limit, named by its printed labels',
      { ...sampleDraft(), content: sampleContent({ cells: { t3: { new_received: { research: 'x'.repeat(65) } } } }) },
      '记录内容不完整或已损坏：报告内容 › 表三「一、本年新收政府信息公开申请数量」「科研机构」（过长，最多64字）',
    ],
  ])('refuses a wrong shape (%s), saying where', (_, value, expected) => {
    expect(reason(value)).toBe(expected)
  })

  it('refuses a newer format version or an unknown format', () => {
    expect(reason(sampleDraft({ formatVersion: 2 }))).toBe('此报告由更新版本的年报编制助手保存，请更新后再打开')
    expect(reason(sampleDraft({ formatId: 'other-format' }))).toContain('不认识的报告格式（other-format）')
  })

  it('refuses forbidden keys and a key that is not the draft id', () => {
    expect(reason(JSON.parse('{"__proto__": {"x": 1}}'))).toBe('数据包含有不允许的字段名')
    expect(reason(sampleDraft(), 'draft-2')).toBe('记录的键与报告编号不一致')
  })
})

describe('draft names', () => {
  it('default to 机关名称 + 年度 and are trimmed, never empty, never too long', () => {
    expect(defaultDraftName(sampleContent())).toBe('北京市朝阳区科学技术和信息化局 2024年度')
    expect(defaultDraftName(sampleContent({ agency: ' ' }))).toBe('未填写机关名称 2024年度')
    expect(cleanDraftName('  新名称 ', sampleContent())).toBe('新名称')
    expect(cleanDraftName('   ', sampleContent())).toBe('北京市朝阳区科学技术和信息化局 2024年度')
    expect(cleanDraftName('长'.repeat(300), sampleContent())).toHaveLength(200)
  })
})
