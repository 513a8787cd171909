// @vitest-environment node
/**
 * readPdf on PDFs LibreOffice makes from the app's .docx: two tables on one page, Kangxi radicals in
 * the text, and an export with an open password.
 */
import { buildDocModel } from '../../../../src/core/document/build-doc-model'
import type { DocModel, DocTable } from '../../../../src/core/document/types'
import { PDF_MESSAGES, readPdf } from '../../../../src/core/read/pdf/read-pdf'
import type { ReadResult } from '../../../../src/core/read/types'
import { evaluate } from '../../../../src/core/rules/evaluate'
import { renderDocxBuffer } from '../../../../src/features/export/render-docx'
import { loadPdfjsNode } from '../../../../src/node/pdfjs-node'
import { format2021 } from '../../../../templates/format-2021'
import { loadSeed } from '../../../fixtures/seeds'
import { missingTools } from '../../../office/libreoffice'
import { docxToPdf, expandDocTable, PASSWORD_EXPORT, seedModel } from '../../../support/seed-pdfs'

const missing = missingTools()
const squeeze = (s: string) => s.replace(/\s+/g, '')
const document = (r: ReadResult) => {
  if (!r.ok) throw new Error(r.message)
  return r.document
}

describe.skipIf(Boolean(missing))('readPdf on PDFs from LibreOffice', { timeout: 120_000 }, () => {
  it('two tables on one page: each its own grid, the paragraph between them in its place', async () => {
    const printed = seedModel('miyun-2023').blocks.filter((b): b is DocTable => b.kind === 'table')
    const [t2, , t4] = printed
    const model: DocModel = {
      title: { agency: '测试局', line: '2024年政府信息公开工作年度报告' },
      blocks: [
        { kind: 'heading', level: 1, text: '二、主动公开政府信息情况' },
        t2!,
        { kind: 'paragraph', text: '两个表格之间的一段文字。' },
        { kind: 'heading', level: 1, text: '四、政府信息公开行政复议、行政诉讼情况' },
        t4!,
        { kind: 'paragraph', text: '表格之后的文字。' },
      ],
    }
    const doc = document(await readPdf(await docxToPdf('two-tables', await renderDocxBuffer(model)), await loadPdfjsNode()))
    const shape = doc.blocks.map((b) => (b.kind === 'table' ? `table ${b.where}` : squeeze(b.text)))
    expect(shape).toEqual([
      '测试局',
      '2024年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      'table 第1页',
      '两个表格之间的一段文字。',
      '四、政府信息公开行政复议、行政诉讼情况',
      'table 第1页',
      '表格之后的文字。',
    ])
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []))
    ;[t2!, t4!].forEach((t, i) =>
      expect(tables[i]!.rows.map((row) => row.map((c) => ({ text: squeeze(c.text), origin: c.origin })))).toEqual(
        expandDocTable(t).map((row) => row.map((c) => ({ text: squeeze(c.text), origin: c.origin }))),
      ),
    )
  })

  it('Kangxi radicals and CJK compatibility ideographs are read as the common characters, with a notice', async () => {
    const { content } = loadSeed('daxing-2024')
    // ⼀ U+2F00, ⼆ U+2F06, ⾏ U+2F8F, ⻓ U+2ED3 (supplement), U+F900 (a compatibility ideograph, 豈 U+8C48)
    const odd = { ...content, agency: '北京市⼤兴区科学技术委员会', problems: '⼀是信息发布不及时。⼆是⾏文需要规范，⻓期坚持。\uF900' }
    const model = buildDocModel(format2021, odd, evaluate(format2021, odd))
    const doc = document(await readPdf(await docxToPdf('kangxi', await renderDocxBuffer(model)), await loadPdfjsNode()))
    const text = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')
    expect(text).toContain('北京市大兴区科学技术委员会')
    expect(text).toContain('一是信息发布不及时。二是行文需要规范，长期坚持。\u8C48')
    expect(text).not.toMatch(/[\u2E80-\u2FDF\uF900-\uFAFF]/u)
    expect(doc.notices.join()).toMatch(/康熙部首/)
  })

  it('a PDF with an open password gets its message', async () => {
    const model = seedModel('miyun-2023')
    const pdf = await docxToPdf('password', await renderDocxBuffer(model), undefined, PASSWORD_EXPORT)
    expect(await readPdf(pdf, await loadPdfjsNode())).toEqual({ ok: false, message: PDF_MESSAGES.password })
  })
})
