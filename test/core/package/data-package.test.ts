import { describe, expect, it } from 'vitest'
import {
  DAMAGED_MESSAGE,
  FOREIGN_MESSAGE,
  MAX_PACKAGE_BYTES,
  PACKAGE_VERSION,
  parsePackage,
  serializePackage,
} from '../../../src/core/package/data-package'
import { LIMITS } from '../../../src/core/schema/content-schema'
import { FORMATS } from '../../../templates/index'
import { format2019 } from '../../../templates/format-2019'
import { format2021 } from '../../../templates/format-2021'
import { draft2019, sampleContent, sampleDraft, TODAY } from './fixtures'

const parse = (text: string) => parsePackage(text, FORMATS, TODAY)
const pkgObject = (): Record<string, unknown> => JSON.parse(serializePackage(sampleDraft())) as Record<string, unknown>
const withField = (key: string, value: unknown) => JSON.stringify({ ...pkgObject(), [key]: value })
const refusal = (text: string): string => {
  const r = parse(text)
  if (r.ok) throw new Error('expected a refusal')
  return r.message
}

describe('serializePackage', () => {
  it('writes the kind, versions, name, export time and all values as pretty JSON', () => {
    const text = serializePackage(sampleDraft(), new Date('2025-02-03T04:05:06Z'))
    expect(text).toContain('\n  "kind": "nianbao-report"')
    expect(JSON.parse(text)).toEqual({
      kind: 'nianbao-report',
      packageVersion: PACKAGE_VERSION,
      formatId: 'gov-info-annual-2021',
      formatVersion: 1,
      exportedAt: '2025-02-03T04:05:06.000Z',
      name: '朝阳区科信局 2024年度',
      content: sampleContent(),
    })
  })
})

describe('parsePackage accepts', () => {
  it('a package it exported, giving back the same content, name and format, with the template to create the draft from', () => {
    expect(parse(serializePackage(sampleDraft()))).toEqual({
      ok: true,
      template: format2021,
      formatId: 'gov-info-annual-2021',
      formatVersion: 1,
      name: '朝阳区科信局 2024年度',
      content: sampleContent(),
    })
  })

  it('a 2019-format package for a 2020 report, with the 2019 template', () => {
    const r = parse(serializePackage(draft2019()))
    expect(r.ok && r.template).toBe(format2019)
  })

  it('a package without a name, naming it after agency and year', () => {
    const r = parse(withField('name', undefined))
    expect(r.ok && r.name).toBe('北京市朝阳区科学技术和信息化局 2024年度')
  })

  it('a package padded with whitespace or starting with a byte order mark (re-saved in Notepad)', () => {
    expect(parse(`\n  ${serializePackage(sampleDraft())}\n`).ok).toBe(true)
    expect(parse(`\uFEFF${serializePackage(sampleDraft())}`).ok).toBe(true)
  })
})

describe('the largest draft the limits allow', () => {
  it('exports a package that imports (every text full, last year attached, every unit of a 汇总)', () => {
    const long = '字'.repeat(LIMITS.longText)
    const title = '题'.repeat(LIMITS.shortText)
    const sections = Array.from({ length: LIMITS.subsections }, (_, i) => ({ id: `s${i}`, title, body: long }))
    const base = sampleContent()
    const content = {
      ...base,
      agency: title,
      opening: long,
      problems: long,
      other: long,
      overview: sections,
      basis: { formatId: 'format-2021', year: base.year - 1, agency: title, cells: base.cells, overview: sections.map(({ title, body }) => ({ title, body })), problems: long, other: long, source: title },
      drafted: sections.map((_, i) => ({ kind: 'applications' as const, field: `s${i}`, text: long })),
      units: Array.from({ length: LIMITS.units }, () => ({ agency: title, year: base.year })),
    }
    const text = serializePackage(sampleDraft({ content }))
    expect(text.length).toBeGreaterThan(15_000_000)
    const parsed = parse(text)
    expect(parsed.ok ? parsed.content.overview.length : parsed).toBe(LIMITS.subsections)
  })
})

describe('parsePackage refuses', () => {
  it('a file over the cap (64 MB) before parsing it', () => {
    const big = `{"kind":"nianbao-report","pad":"${'x'.repeat(MAX_PACKAGE_BYTES)}"}`
    expect(refusal(big)).toBe('文件过大（64.0 MB），不是本工具导出的数据包')
  })

  it.each([
    ['empty', ''],
    ['not JSON', '这不是JSON'],
    ['truncated', serializePackage(sampleDraft()).slice(0, 200)],
    ['cut before the last brace', serializePackage(sampleDraft()).slice(0, -1)],
  ])('a damaged file (%s)', (_, text) => {
    expect(refusal(text)).toBe(DAMAGED_MESSAGE)
  })

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['another kind', JSON.stringify({ kind: 'something-else' })],
    ['a bare report content', JSON.stringify(sampleContent())],
  ])('a foreign file (%s)', (_, text) => {
    expect(refusal(text)).toBe(FOREIGN_MESSAGE)
  })

  it('a newer package version', () => {
    expect(refusal(withField('packageVersion', PACKAGE_VERSION + 1))).toBe('该数据包由更新版本的年报编制助手导出，请更新后再导入')
  })

  it('a newer format version', () => {
    expect(refusal(withField('formatVersion', 99))).toBe('该数据包由更新版本的年报编制助手导出，请更新后再导入')
  })

  it('an unknown format id', () => {
    expect(refusal(withField('formatId', 'gov-info-annual-2031'))).toContain('不认识的报告格式（gov-info-annual-2031）')
  })

  it.each(['__proto__', 'constructor', 'prototype'])('a key named %s anywhere', (key) => {
    const text = serializePackage(sampleDraft()).replace('"t3": {', `"t3": { "${key}": { "x": "1" },`)
    expect(text).toContain(key)
    expect(refusal(text)).toBe('数据包含有不允许的字段名')
    expect(refusal(`{"${key}": {"polluted": true}, "kind": "nianbao-report"}`)).toBe('数据包含有不允许的字段名')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('nesting deeper than any report', () => {
    expect(refusal(withField('content', JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)))).toContain('层级过深')
    expect(refusal('['.repeat(1_000_000) + ']'.repeat(1_000_000))).toContain('层级过深')
  })

  it('a file with far more values than any report, before validating them one by one', () => {
    const cells = Object.fromEntries(Array.from({ length: 250_000 }, (_, i) => [`t${i}`, {}]))
    expect(refusal(withField('content', { ...sampleContent(), cells }))).toBe('数据量过大，不是本工具保存的数据')
  })

  it('an envelope with wrong types, naming the field', () => {
    expect(refusal(withField('formatVersion', '1'))).toBe('数据包格式不正确：格式版本（缺少或类型不对，应为数字）')
  })

  it('content failing the schema, listing the first three problems in the words of the form', () => {
    const content = { ...sampleContent(), agency: 5, year: 'x', unitType: 'bureau', opening: 1 }
    const message = refusal(withField('content', content))
    expect(message).toBe(
      '数据包内容不符合要求：机关名称（缺少或类型不对，应为文字）；报告年度（缺少或类型不对，应为数字）；单位类型（取值无效）等4处问题',
    )
  })

  it('too long a cell text, naming the cell by its printed labels (ids only for cells the format does not have)', () => {
    const content = sampleContent({ cells: { t3: { new_received: { research: '1'.repeat(65) } } } })
    expect(refusal(withField('content', content))).toBe('数据包内容不符合要求：表三「一、本年新收政府信息公开申请数量」「科研机构」（过长，最多64字）')
    const unknown = sampleContent({ cells: { t3: { r1: { c1: '1'.repeat(65) } } } })
    expect(refusal(withField('content', unknown))).toBe('数据包内容不符合要求：表格 › 表三 › r1 › c1（过长，最多64字）')
  })

  it('a year whose format differs from the format id', () => {
    const content = sampleContent({ year: 2020 })
    expect(refusal(withField('content', content))).toBe(
      '年度与格式不符：2020年度应使用「2019年版格式（国办公开办函〔2019〕60号）」，数据包标明的是「2021年版格式（国办公开办函〔2021〕30号）」',
    )
  })

  it('a year before the 2019 format or after this year, with the picker’s reason', () => {
    expect(refusal(withField('content', sampleContent({ year: 2017 })))).toContain('早于现行年报格式')
    expect(refusal(withField('content', sampleContent({ year: 2026 })))).toContain('不能晚于今年')
  })
})
