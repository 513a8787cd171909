// @vitest-environment node
/**
 * Word documents as one XML file: Word 2003 XML (as template systems write it and sites serve it as
 * 「.doc」) and Flat OPC. Made here from the seed's own .docx body (2003 spells vMerge in lower case and
 * wraps the body in wx:sect), then read cell for cell.
 */
import { strFromU8, unzipSync } from 'fflate'
import { readWordXml } from '../../../../src/core/read/docx/read-word-xml'
import { MESSAGES } from '../../../../src/core/read/limits'
import { readSource } from '../../../../src/core/read/read-source'
import type { ReadResult, ReadTable } from '../../../../src/core/read/types'
import { missingTools } from '../../../office/libreoffice'
import { mismatches } from '../../../support/find-in-grids'
import { seedSources } from '../../../support/seed-sources'

const W2003 = 'http://schemas.microsoft.com/office/word/2003/wordml'

function bodyOf(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())
  return /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? ''
}

function word2003(body: string): Uint8Array {
  const b = body.replace(/w:vMerge/g, 'w:vmerge').replace(/w:hMerge/g, 'w:hmerge')
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="${W2003}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"><w:body><wx:sect>${b}</wx:sect></w:body></w:wordDocument>`,
  )
}

function flatOpc(body: string): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
  )
}

const tablesOf = (r: ReadResult) => (r.ok ? r.document.blocks.filter((b): b is ReadTable => b.kind === 'table') : [])

describe.skipIf(missingTools() !== undefined && !process.env['CI'])('Word XML files', () => {
  beforeAll(async () => {
    await seedSources()
  }, 300_000)

  it.each([
    ['Word 2003 XML', word2003],
    ['Flat OPC', flatOpc],
  ])('%s: every printed value found by its labels', async (_, make) => {
    const s = (await seedSources())['chaoyang-2024']
    const r = readWordXml(make(bodyOf(s.bytes('app-docx'))))
    expect(tablesOf(r)).toHaveLength(3)
    expect(mismatches(tablesOf(r), s.expected)).toEqual([])
  })

  it('readSource reads a Word 2003 XML served as 「.doc」', async () => {
    const s = (await seedSources())['miyun-2023']
    const r = await readSource(word2003(bodyOf(s.bytes('docx'))), '年报.doc')
    expect(mismatches(tablesOf(r), s.expected)).toEqual([])
  })
})

it('a Word XML file without a body gets the message; a DOCTYPE is refused', () => {
  expect(readWordXml(new TextEncoder().encode(`<?xml version="1.0"?><w:wordDocument xmlns:w="${W2003}"/>`))).toEqual({ ok: false, message: MESSAGES.wordXml })
  expect(readWordXml(new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:wordDocument xmlns:w="${W2003}"/>`))).toEqual({ ok: false, message: MESSAGES.doctype })
})
