import { strToU8, zipSync } from 'fflate'
import { auditSource } from '../../../src/core/audit/audit-source'
import { markDuplicates } from '../../../src/core/audit/duplicates'
import { FORMATS } from '../../../templates'
import { loadSeed } from '../../fixtures/seeds'
import { TODAY } from '../package/fixtures'
import { brokenSeedPackage, lyingBomb, packageBytes, seedPackage, zipOf } from './sources'

const opts = { formats: FORMATS, today: new Date('2026-06-01T00:00:00Z') }

describe('auditSource: one file → rows', () => {
  it('a seed data package is one complete row without errors, with its fingerprint', async () => {
    const [row] = await auditSource(seedPackage('chaoyang-2024'), 'chaoyang.json', opts)
    expect(row).toMatchObject({ status: 'complete', kind: 'package', year: 2024, errors: 0, source: 'chaoyang.json' })
    expect(row?.agency).toBe(loadSeed('chaoyang-2024').content.agency)
    expect(row?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a broken sum is a T3-1 problem counted under 表三, its cells named as printed', async () => {
    const [row] = await auditSource(brokenSeedPackage(), 'broken.json', opts)
    expect(row?.errors).toBeGreaterThan(0)
    expect(row?.families.表三).toBe(row?.errors)
    const p = row?.problems.find((x) => x.ruleId === 'T3-1')
    expect(p?.family).toBe('表三')
    expect(p?.message).toMatch(/^自然人：一\+二＝\d+，三（七）\+四＝\d+，相差3/)
    expect(p?.cellLabels).toContain('表三「四、结转下年度继续办理」「自然人」')
  })

  it('unreadable, empty, foreign and wrong-year files are rows with their reason', async () => {
    const cases: [Uint8Array, string, RegExp][] = [
      [new Uint8Array(), 'empty.docx', /文件为空/],
      [strToU8('{"kind":"nianbao-report", broken'), 'cut.json', /已损坏/],
      [strToU8('{"hello":1}'), 'other.json', /不是年报编制助手导出的数据包/],
      [strToU8('just some words'), 'notes.bin', /不是年度报告文件/],
      [packageBytes({ ...loadSeed('miyun-2023').content, year: 2017 }), 'old.json', /2017年度早于现行年报格式/],
      [new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'cut.zip', /压缩包已损坏/],
    ]
    for (const [bytes, name, reason] of cases) {
      const rows = await auditSource(bytes, name, opts)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ status: 'unreadable', source: name, errors: 0 })
      expect(rows[0]?.reason).toMatch(reason)
    }
  })

  it('a .zip with nested folders and a nested .zip gives one row per report, paths kept', async () => {
    const inner = zipOf({ 'c/miyun.json': seedPackage('miyun-2023') })
    const outer = zipOf({
      'a/daxing.json': seedPackage('daxing-2024'),
      'a/b/chaoyang.json': seedPackage('chaoyang-2024'),
      'inner.zip': inner,
      '__MACOSX/a/._daxing.json': strToU8('junk'),
      'readme.txt': strToU8('说明'),
    })
    const rows = await auditSource(outer, '区县.zip', opts)
    expect(rows.map((r) => [r.source, r.status])).toEqual([
      ['区县.zip/a/daxing.json', 'complete'],
      ['区县.zip/a/b/chaoyang.json', 'complete'],
      ['区县.zip/inner.zip/c/miyun.json', 'complete'],
      ['区县.zip/readme.txt', 'unreadable'],
    ])
    expect(new Set(rows.map((r) => r.id)).size).toBe(4)
  })

  it('a zip bomb that lies about its size is stopped at its declared size: a row with the reason', async () => {
    const rows = await auditSource(lyingBomb(), 'bomb.zip', opts)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'unreadable', source: 'bomb.zip/bomb.json', reason: expect.stringMatching(/超过压缩包声明的大小/) })
  })

  it('a zip declaring a huge entry, or too many entries, is refused before anything is inflated', async () => {
    const big = zipSync({ 'a.json': new Uint8Array(60 * 1024 * 1024) }, { level: 1 })
    const rows = await auditSource(big, 'big.zip', opts)
    expect(rows[0]?.reason).toMatch(/解压后过大/)
    const many: Record<string, Uint8Array> = {}
    for (let i = 0; i < 100_000; i++) many[`f${i}.json`] = new Uint8Array()
    const manyRows = await auditSource(zipSync(many, { level: 0 }), 'many.zip', opts)
    expect(manyRows).toEqual([expect.objectContaining({ status: 'unreadable', reason: expect.stringMatching(/文件过多/) })])
  })

  it('Word, web pages and PDF without readers plugged in are rows saying so', async () => {
    const rows = await auditSource(strToU8('<html><body>报告</body></html>'), 'r.html', opts)
    expect(rows[0]?.reason).toMatch(/尚未接入/)
  })
})

describe('duplicates', () => {
  it('the same agency and year twice are both flagged; other rows are not', async () => {
    const a = await auditSource(seedPackage('daxing-2024'), 'a.json', opts)
    const b = await auditSource(brokenSeedPackage(), 'b.json', opts)
    const c = await auditSource(seedPackage('chaoyang-2024'), 'c.json', opts)
    const rows = markDuplicates([...a, ...b, ...c])
    expect(rows.map((r) => r.duplicateOf ?? [])).toEqual([['b.json'], ['a.json'], []])
    void TODAY
  })
})
