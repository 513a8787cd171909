// @vitest-environment node
/** Web pages saved as one file (.mht, and the MIME-HTML 「.doc」 files sites serve) read like the page. */
import { readHtml } from '../../../../src/core/read/html/read-html'
import { readSource } from '../../../../src/core/read/read-source'
import type { ReadResult } from '../../../../src/core/read/types'
import { encodeGbkHtml } from '../../../support/gbk'

const PAGE = `<html><head><meta charset="gbk"></head><body><p>某区科委2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度=公开&nbsp;信息20条。</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="2">行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>总计</td><td>总计</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table></body></html>`

/** Quoted-printable as Word and IE write it: =XX for bytes ≥ 0x80 and '=', soft breaks at 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let line = ''
  for (const b of bytes) {
    const piece = b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : b === 0x0a ? '\n' : String.fromCharCode(b)
    if (piece === '\n') {
      out += `${line}\r\n`
      line = ''
      continue
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`
      line = ''
    }
    line += piece
  }
  return out + line
}

function mht(body: string, encoding: string, charset: string): Uint8Array {
  const text = [
    'From: <Saved by Blink>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----=_NextPart_000_0000_01DA0000.12345678"',
    '',
    'This is a multi-part message in MIME format.',
    '',
    '------=_NextPart_000_0000_01DA0000.12345678',
    `Content-Type: text/html; charset="${charset}"`,
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: http://www.example.gov.cn/zwgk/ndbg/index.html',
    '',
    body,
    '',
    '------=_NextPart_000_0000_01DA0000.12345678',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '------=_NextPart_000_0000_01DA0000.12345678--',
    '',
  ].join('\r\n')
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)
}

function summary(r: ReadResult): string[] {
  if (!r.ok) return [r.message]
  return r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((row) => row.map((c) => c.text).join('|')).join('/')))
}

const EXPECTED = ['某区科委2024年政府信息公开工作年度报告', '一、总体情况', '本年度=公开\u00a0信息20条。', '四、政府信息公开行政复议、行政诉讼情况', '行政复议|行政复议|行政诉讼/结果维持|总计|总计/1|2|3']

describe('one-file web pages (MHT)', () => {
  it('quoted-printable GBK, charset from the part header', () => {
    expect(summary(readHtml(mht(quotedPrintable(encodeGbkHtml(PAGE)), 'quoted-printable', 'gb2312')))).toEqual(EXPECTED)
  })

  it('base64 UTF-8, charset from the page itself when the header has none', () => {
    const body = Buffer.from(PAGE.replace('charset="gbk"', 'charset="utf-8"'), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')
    const bytes = mht(body, 'base64', 'utf-8').map((b) => b)
    expect(summary(readHtml(bytes))).toEqual(EXPECTED)
  })

  it('an .mht served as 「.doc」 is read as a web page, with a notice', async () => {
    const r = await readSource(mht(quotedPrintable(encodeGbkHtml(PAGE)), 'quoted-printable', 'gbk'), '2024年报.doc')
    expect(r.ok && r.document.notices).toEqual(['文件扩展名是「.doc」，但内容是网页（HTML），已按网页（HTML）读取'])
  })
})
