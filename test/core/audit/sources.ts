import { strToU8, zipSync } from 'fflate'
import { serializePackage } from '../../../src/core/package/data-package'
import type { ReportContent } from '../../../src/core/values/types'
import { format2021 } from '../../../templates/format-2021'
import { sampleDraft } from '../package/fixtures'
import { loadSeed, type SeedName } from '../../fixtures/seeds'
import { setCells } from '../../builders'

/** A data package file (bytes) of a content in the 2021 format. */
export function packageBytes(content: ReportContent, name = content.agency): Uint8Array {
  return strToU8(serializePackage(sampleDraft({ formatId: format2021.id, formatVersion: format2021.version, name, content })))
}

export const seedPackage = (name: SeedName) => packageBytes(loadSeed(name).content)

/** A seed with 结转下年度 of 自然人 raised by 3: one T3-1 error. */
export function brokenSeedPackage(): Uint8Array {
  const { content } = loadSeed('daxing-2024')
  const v = Number(content.cells.t3?.carried_forward?.natural_person ?? '0')
  return packageBytes(setCells(content, { 't3.carried_forward.natural_person': String(v + 3) }))
}

export function zipOf(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 6 })
}

/**
 * A zip bomb that lies: its directory declares 1 KB for an entry that inflates to 100 MB, so only
 * reading it would find out. Built by patching the declared sizes of a real archive.
 */
export function lyingBomb(): Uint8Array {
  const z = zipSync({ 'bomb.json': new Uint8Array(100 * 1024 * 1024) }, { level: 1 })
  const view = new DataView(z.buffer, z.byteOffset, z.byteLength)
  for (let i = 0; i + 4 <= z.length; i++) {
    const sig = view.getUint32(i, true)
    if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true)
    if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true)
  }
  return z
}
