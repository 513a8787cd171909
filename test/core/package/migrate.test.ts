import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDraftRecord } from '../../../src/core/package/check-draft'
import { parsePackage, serializePackage } from '../../../src/core/package/data-package'
import { migrate, MIGRATION_STEPS } from '../../../src/core/package/migrate'
import { SCHEMA_VERSION } from '../../../src/core/package/schema-version'
import { FORMATS } from '../../../templates/index'
import { sampleDraft, TODAY } from './fixtures'

type Loose = Record<string, unknown>
const fixture = (name: string): Loose =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/records', name), 'utf8')) as Record<string, unknown>
const RECORDS = ['v1-record-2021-department.json', 'v1-record-2019-government.json']

describe('schema versions and migrations', () => {
  it('has one migration step per version step', () => {
    expect(MIGRATION_STEPS).toBe(SCHEMA_VERSION - 1)
  })

  it.each(RECORDS)('opens the version-1 record %s without losing a field', (name) => {
    const raw = fixture(name)
    const c = checkDraftRecord(raw, raw['id'], FORMATS)
    expect(c).toEqual({ ok: true, draft: { ...raw, schemaVersion: SCHEMA_VERSION }, newer: false })
  })

  it('keeps fields it does not know, in the record and in the content', () => {
    const raw: Loose = { ...fixture(RECORDS[0] ?? ''), laterField: { from: 'x' } }
    raw['content'] = { ...(raw['content'] as object), laterContentField: ['甲', '乙'] }
    const c = checkDraftRecord(raw, raw['id'], FORMATS)
    expect(c.ok && c.draft).toMatchObject({ laterField: { from: 'x' }, content: { laterContentField: ['甲', '乙'] } })
  })

  it('reads a record of a newer schema version but marks it, so this page never writes it back', () => {
    const raw: Loose = { ...fixture(RECORDS[0] ?? ''), schemaVersion: SCHEMA_VERSION + 1, futureField: 1 }
    const c = checkDraftRecord(raw, raw['id'], FORMATS)
    expect(c).toMatchObject({ ok: true, newer: true, draft: { futureField: 1, schemaVersion: SCHEMA_VERSION + 1 } })
  })

  it('refuses a record whose version number is not a version', () => {
    expect(migrate({ schemaVersion: 'zwei' })).toEqual({ ok: false, reason: '记录的数据版本号无效' })
    const raw: Loose = { ...fixture(RECORDS[0] ?? ''), schemaVersion: 0 }
    expect(checkDraftRecord(raw, raw['id'], FORMATS)).toEqual({ ok: false, reason: '记录的数据版本号无效' })
  })

  it('imports a version-1 data package with all its content', () => {
    const pkg = fixture('v1-package-2021.json')
    const r = parsePackage(JSON.stringify(pkg), FORMATS, TODAY)
    expect(r).toEqual({ ok: true, template: FORMATS.find((f) => f.id === pkg['formatId']), formatId: pkg['formatId'], formatVersion: 1, name: pkg['name'], content: pkg['content'] })
  })

  it('writes its schema version into every package, and reads its own packages back', () => {
    const text = serializePackage(sampleDraft())
    expect(JSON.parse(text)).toMatchObject({ packageVersion: SCHEMA_VERSION })
    expect(parsePackage(text, FORMATS, TODAY).ok).toBe(true)
  })

  it("accepts a stored record's raw export (导出原始数据) as a package", () => {
    const raw = fixture(RECORDS[0] ?? '')
    const r = parsePackage(JSON.stringify(raw, null, 2), FORMATS, TODAY)
    expect(r).toMatchObject({ ok: true, name: raw['name'], content: raw['content'] })
  })

  it('says exactly what is wrong with a damaged raw export', () => {
    const raw = fixture(RECORDS[0] ?? '')
    const damaged = { ...raw, content: { ...(raw['content'] as object), year: '二〇二四' } }
    const r = parsePackage(JSON.stringify(damaged), FORMATS, TODAY)
    expect(r).toEqual({ ok: false, message: '数据包内容不符合要求：报告年度（缺少或类型不对，应为数字）' })
  })
})
