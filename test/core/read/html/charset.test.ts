// @vitest-environment node
/** How a saved page's bytes become text: BOM, <meta charset>, http-equiv, GBK, and mis-declared pages. */
import { decodePage, declaredCharset } from '../../../../src/core/read/html/charset'
import { encodeGbkHtml } from '../../../support/gbk'

const TEXT = '北京市密云区科学技术委员会2023年政府信息公开工作年度报告'
const utf8 = (s: string) => new TextEncoder().encode(s)
const page = (head: string) => `<html><head>${head}<title>t</title></head><body><p>${TEXT}</p></body></html>`

describe('decodePage', () => {
  it('reads a UTF-8 BOM, and a UTF-16LE BOM, before any declaration', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="gbk">'))])
    expect(decodePage(withBom)).toMatchObject({ charset: 'utf-8', notices: [] })
    expect(decodePage(withBom).text).toContain(TEXT)
    const u16 = new Uint8Array(2 + page('').length * 2)
    u16.set([0xff, 0xfe])
    for (let i = 0; i < page('').length; i += 1) new DataView(u16.buffer).setUint16(2 + i * 2, page('').charCodeAt(i), true)
    expect(decodePage(u16).text).toContain(TEXT)
  })

  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ["<meta charset='GB2312' />", 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb18030">', 'gb18030'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=GBK">', 'gbk'],
  ])('decodes GBK bytes declared by %s', (meta, label) => {
    const bytes = encodeGbkHtml(page(meta))
    expect(declaredCharset(bytes)).toBe(label)
    const d = decodePage(bytes)
    expect(d.text).toContain(TEXT)
    expect(d.notices).toEqual([])
  })

  it('ignores a charset mentioned in a comment', () => {
    expect(declaredCharset(utf8(`<!-- <meta charset="gbk"> --><meta charset="utf-8">`))).toBe('utf-8')
  })

  it('reads undeclared GBK bytes as GB18030, with a notice', () => {
    const d = decodePage(encodeGbkHtml(page('')))
    expect(d.text).toContain(TEXT)
    expect(d.charset).toBe('gb18030')
    expect(d.notices.join()).toMatch(/没有声明编码.*GB18030/)
  })

  it('reads UTF-8 bytes declared as GBK as UTF-8, with a notice', () => {
    const d = decodePage(utf8(page('<meta charset="gbk">')))
    expect(d.text).toContain(TEXT)
    expect(d.notices.join()).toMatch(/声明的编码是「gbk」，但内容是UTF-8/)
  })

  it('reads GBK bytes declared as UTF-8 as GB18030, with a notice', () => {
    const d = decodePage(encodeGbkHtml(page('<meta charset="utf-8">')))
    expect(d.text).toContain(TEXT)
    expect(d.notices.join()).toMatch(/声明为UTF-8/)
  })

  it('falls back for an unknown declared charset', () => {
    const d = decodePage(utf8(page('<meta charset="x-no-such">')))
    expect(d.text).toContain(TEXT)
    expect(d.notices.join()).toMatch(/无法识别/)
  })
})
