// @vitest-environment node
/**
 * The generated seed sources are what they claim to be: the page carries its charset and every printed
 * value; LibreOffice's .docx holds the three official tables cell for cell (spans and labels, `<br>`
 * labels joined) with the seed's values; the PDF prints them; the app's .docx too.
 */
import { execFileSync } from 'node:child_process'
import { format2021 } from '../../templates/format-2021'
import { SEED_NAMES } from '../fixtures/seeds'
import { missingTools } from '../office/libreoffice'
import { readReportTables, unpackDocx } from './docx-tables'
import { seedSources } from './seed-sources'

const missing = missingTools()

describe.skipIf(missing !== undefined && !process.env['CI'])('seed sources', () => {
  beforeAll(async () => {
    await seedSources()
  }, 300_000)

  describe.each(SEED_NAMES.map((n) => [n] as const))('%s', (name) => {
    it('the web page declares its charset and decodes with it', async () => {
      const s = (await seedSources())[name]
      const bytes = s.bytes('html')
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 300))
      expect(head).toContain(s.charset === 'gbk' ? 'charset=gbk' : 'charset="utf-8"')
      const text = new TextDecoder(s.charset).decode(bytes)
      expect(text).toContain(s.content.agency)
      expect(text).toContain('二、主动公开政府信息情况')
      if (s.charset === 'gbk') expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    })

    it.each(['docx', 'app-docx'] as const)('the %s holds the official tables with the seed values', async (kind) => {
      const s = (await seedSources())[name]
      const read = readReportTables(unpackDocx(s.bytes(kind))['word/document.xml'] ?? '', format2021)
      expect(read.mismatches).toEqual([])
      const want = new Map(s.expected.map((c) => [c.path, c.text]))
      expect(new Map(read.found)).toEqual(want)
      expect(s.expected.filter((c) => c.text !== '').length).toBeGreaterThan(100)
    })

    it('the PDF prints the title and the values', async () => {
      const s = (await seedSources())[name]
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', s.files.pdf, '-']).toString().replace(/\s+/g, '')
      expect(text).toContain(s.content.agency.replace(/\s+/g, ''))
      expect(text).toContain('本年新收政府信息公开申请数量')
      expect(text).not.toContain('网站标识码')
    })
  })
})
