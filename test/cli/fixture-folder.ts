import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { brokenSeedPackage, seedPackage, zipOf } from '../core/audit/sources'

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
