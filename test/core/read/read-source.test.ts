// @vitest-environment node
/**
 * readSource: the kind is sniffed from the bytes (not the name), each kind goes to its reader or gets
 * its Chinese message, and nothing throws: legacy .doc/.wps, .ofd, .xlsx, Word XML, a 200 MB buffer,
 * an empty file, random bytes, a time limit, a PDF with and without pdf.js.
 */
import { strToU8, zipSync } from 'fflate'
import { MESSAGES } from '../../../src/core/read/limits'
import { readSource } from '../../../src/core/read/read-source'
import { sniff } from '../../../src/core/read/sniff'
import type { ReadResult } from '../../../src/core/read/types'
import { loadPdfjsNode } from '../../../src/node/pdfjs-node'
import { missingTools } from '../../office/libreoffice'
import { readSeedText } from '../../fixtures/seeds'
import { encodeGbkHtml } from '../../support/gbk'
import { seedSources } from '../../support/seed-sources'

const fail = (message: string): ReadResult => ({ ok: false, message })
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)])

describe('readSource without the seed files', () => {
  it.each([
    ['报告.doc', OLE, MESSAGES.legacyDoc],
    ['报告.wps', OLE, MESSAGES.legacyDoc],
    ['报告.ofd', zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>'), 'Doc_0/Document.xml': strToU8('<x/>') }), MESSAGES.ofd],
    ['报告.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), MESSAGES.otherZip('Excel 表格（.xlsx）')],
    ['报告.doc', strToU8('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'), MESSAGES.wordXml],
    ['报告.docx', new Uint8Array(0), MESSAGES.empty],
    ['报告.pdf', strToU8('%PDF-1.7\n1 0 obj\n'), MESSAGES.pdfNotReady],
  ])('%s (%#) gets its message', async (name, bytes, message) => {
    expect(await readSource(bytes, name)).toEqual(fail(message))
  })

  it('the legacy .doc message says how to save as .docx', () => {
    expect(MESSAGES.legacyDoc).toContain('在Word或WPS中打开，另存为“Word文档(*.docx)”')
  })

  it('refuses a 200 MB buffer before reading it', async () => {
    const big = new Uint8Array(200 * 1024 * 1024 + 1)
    big.set(strToU8('<html><body><p>一、总体情况</p>'))
    expect(await readSource(big, 'big.html')).toEqual(fail(MESSAGES.tooBig(big.length)))
  })

  it('random bytes are not a known format; a non-array input does not throw', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251)
    expect(await readSource(noise, 'x.docx')).toEqual(fail(MESSAGES.binary))
    expect(await readSource(null as unknown as Uint8Array, 'x')).toEqual(fail(MESSAGES.binary))
  })

  it('reads a text file (UTF-8, or GBK with a notice) with the text reader', async () => {
    const text = readSeedText('daxing-2024')
    const utf8 = await readSource(strToU8(text), '年报.txt')
    expect(utf8.ok && utf8.document.source).toBe('text')
    expect(utf8.ok && utf8.document.blocks.some((b) => b.kind === 'table')).toBe(true)
    const gbk = await readSource(encodeGbkHtml(text), '年报.txt')
    expect(gbk.ok && gbk.document.notices.join()).toMatch(/GB18030/)
    expect(gbk.ok && gbk.document.blocks.length).toBe(utf8.ok && utf8.document.blocks.length)
  })

  it('sniffs by content: zip, PDF after junk bytes, OLE, HTML in UTF-16, MHT, text', () => {
    expect(sniff(zipSync({ a: strToU8('x') }))).toBe('zip')
    expect(sniff(strToU8('\n\n%PDF-1.4'))).toBe('pdf')
    expect(sniff(OLE)).toBe('ole')
    const u16 = new Uint8Array([0xff, 0xfe, ...[...'<html><body>'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(sniff(u16)).toBe('html')
    expect(sniff(strToU8('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"'))).toBe('html')
    expect(sniff(strToU8('北京市某区2024年政府信息公开工作年度报告\n一、总体情况'))).toBe('text')
  })
})

describe.skipIf(missingTools() !== undefined && !process.env['CI'])('readSource on the seed files', () => {
  beforeAll(async () => {
    await seedSources()
  }, 300_000)

  it('reads each kind by its content; a web page saved as 「.doc」 says so in a notice', async () => {
    const s = (await seedSources())['miyun-2023']
    for (const [kind, name] of [['docx', 'a.docx'], ['app-docx', 'b.docx'], ['html', 'c.html']] as const) {
      const r = await readSource(s.bytes(kind), name)
      expect(r.ok && r.document.blocks.filter((b) => b.kind === 'table').length).toBe(3)
      expect(r.ok && r.document.notices).toEqual([])
    }
    const asDoc = await readSource(s.bytes('html'), '年报.doc')
    expect(asDoc.ok && asDoc.document.source).toBe('html')
    expect(asDoc.ok && asDoc.document.notices).toEqual(['文件扩展名是「.doc」，但内容是网页（HTML），已按网页（HTML）读取'])
  })

  it('reads the PDF with pdf.js injected', async () => {
    const s = (await seedSources())['daxing-2024']
    const r = await readSource(s.bytes('pdf'), 'd.pdf', { pdfjs: await loadPdfjsNode() })
    expect(r.ok && r.document.source).toBe('pdf')
    expect(r.ok && r.document.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThanOrEqual(3)
  }, 60_000)

  it('stops at the time limit with a message', async () => {
    const s = (await seedSources())['chaoyang-2024']
    expect(await readSource(s.bytes('html'), 'c.html', { timeLimitMs: 1 })).toEqual(fail(MESSAGES.timeout(1)))
  })

  it('a truncated .docx gets the truncation message', async () => {
    const bytes = (await seedSources())['chaoyang-2024'].bytes('docx')
    expect(await readSource(bytes.subarray(0, bytes.length - 300), 'c.docx')).toEqual(fail(MESSAGES.truncated))
  })
})
