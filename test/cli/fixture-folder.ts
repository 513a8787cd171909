import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { brokenSeedPackage, packageBytes, seedPackage, zipOf } from '../core/audit/sources'
import { setCells } from '../builders'
import { loadSeed } from '../fixtures/seeds'

/**
 * A folder as a reviewer gets it: the three seeds as data packages (one inside a sub-folder, one in a
 * .zip), a broken copy of daxing (T3-1, and a duplicate of daxing 2024), an unreadable file and a
 * foreign JSON.
 */
export function fixtureFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-audit-'))
  mkdirSync(join(dir, '朝阳区'))
  writeFileSync(join(dir, 'daxing-2024.json'), seedPackage('daxing-2024'))
  writeFileSync(join(dir, '朝阳区', 'chaoyang-2024.json'), seedPackage('chaoyang-2024'))
  writeFileSync(join(dir, 'miyun.zip'), zipOf({ '密云/miyun-2023.json': seedPackage('miyun-2023') }))
  writeFileSync(join(dir, 'daxing-broken.json'), brokenSeedPackage())
  writeFileSync(join(dir, 'scan.doc'), strToU8('\u0000\u0001 binary junk'))
  writeFileSync(join(dir, '.hidden.json'), strToU8('{}'))
  return dir
}

/** Only the clean seeds: exit code 0. */
export function cleanFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-clean-'))
  writeFileSync(join(dir, 'daxing-2024.json'), seedPackage('daxing-2024'))
  writeFileSync(join(dir, 'chaoyang-2024.json'), seedPackage('chaoyang-2024'))
  return dir
}

/** One report with a broken sum and nothing else wrong: exit code 1 for the errors alone. */
export function brokenOnlyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-broken-'))
  writeFileSync(join(dir, 'daxing-broken.json'), brokenSeedPackage())
  return dir
}

/**
 * Two years of one agency whose 上年结转 (自然人) differs from last year's 结转下年度 by 2: a 2023 and a
 * 2024 report as files, and the same pair again inside a .zip under another agency's name.
 */
export function twoYearsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-years-'))
  const { content } = loadSeed('daxing-2024')
  const last = { ...content, year: 2023 }
  const cf = Number(last.cells.t3?.carried_forward?.natural_person ?? '0')
  const now = setCells(content, { 't3.carried_over.natural_person': String(cf + 2) })
  writeFileSync(join(dir, 'a-2023.json'), packageBytes(last))
  writeFileSync(join(dir, 'a-2024.json'), packageBytes(now))
  const other = (c: typeof content) => ({ ...c, agency: '北京市密云区科学技术局' })
  writeFileSync(join(dir, 'b.zip'), zipOf({ 'b/2024.json': packageBytes(other(now)), 'b/2023.json': packageBytes(other(last)) }))
  return dir
}
