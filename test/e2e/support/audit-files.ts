import { strToU8, zipSync } from 'fflate'
import { buildDocModel } from '../../../src/core/document/build-doc-model'
import { evaluate } from '../../../src/core/rules/evaluate'
import { renderDocxBuffer } from '../../../src/features/export/render-docx'
import { format2021 } from '../../../templates/format-2021'
import { setCells } from '../../builders'
import { seedPackage } from '../../core/audit/sources'
import { loadSeed } from '../../fixtures/seeds'
import { seedSources } from '../../support/seed-sources'

export interface AuditFiles {
  readonly list: { name: string; bytes: Uint8Array }[]
  readonly brokenName: string
  /** the broken report is a document, so its problem has source evidence */
  readonly withEvidence: boolean
}

/**
 * The six files of the review test: the three seeds as an agency's .docx, a government web page and a
 * PDF (made by LibreOffice, test/support/seed-sources.ts), daxing with 结转下年度「自然人」 raised by 3 as
 * the app's .docx (a T3-1 error), an old binary Word file (unreadable), and a .zip holding miyun's data package.
 */
export async function auditFiles(): Promise<AuditFiles> {
  const all = await seedSources()
  const { content } = loadSeed('daxing-2024')
  const v = Number(content.cells.t3?.carried_forward?.natural_person ?? '0')
  const broken = setCells(content, { 't3.carried_forward.natural_person': String(v + 3) })
  const model = buildDocModel(format2021, broken, evaluate(format2021, broken))
  const brokenDocx = await renderDocxBuffer(model)
  return {
    brokenName: 'daxing-broken.docx',
    withEvidence: true,
    list: [
      { name: 'daxing-2024.docx', bytes: all['daxing-2024'].bytes('docx') },
      { name: 'chaoyang-2024.html', bytes: all['chaoyang-2024'].bytes('html') },
      { name: 'miyun-2023.pdf', bytes: all['miyun-2023'].bytes('pdf') },
      { name: 'daxing-broken.docx', bytes: brokenDocx },
      { name: 'scan.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...strToU8('old word file')]) },
      { name: 'packages.zip', bytes: zipSync({ '密云区/miyun-2023.json': seedPackage('miyun-2023') }) },
    ],
  }
}
