// @vitest-environment node
/**
 * Bad files get a Chinese message, never an exception or a hang: random bytes, a zip that is not a
 * .docx, a .docx without tables, a truncated file, a zip bomb, DOCTYPE / entity expansion, a page
 * without a report.
 */
import { strToU8, zipSync } from 'fflate'
import { readDocx } from '../../../src/core/read/docx/read-docx'
import { readHtml } from '../../../src/core/read/html/read-html'
import { MESSAGES } from '../../../src/core/read/limits'
import { documentXml, miniDocx, p, tbl, tc, tr } from '../../support/mini-docx'

const TABLE = tbl(tr(tc('信息内容') + tc('本年制发件数')) + tr(tc('规章') + tc('0')), 2)

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

describe('readDocx on bad input', () => {
  it('random bytes: not a complete zip', () => {
    expect(readDocx(randomBytes(5000, 7))).toEqual({ ok: false, message: MESSAGES.truncated })
  })

  it('a zip that is not a .docx', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'word/other.xml': strToU8('<x/>') })
    expect(readDocx(zip)).toEqual({ ok: false, message: MESSAGES.notDocx })
    expect(readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toEqual({ ok: false, message: MESSAGES.otherZip('Excel 表格（.xlsx）') })
  })

  it('a .docx without tables, and one without any text', () => {
    expect(readDocx(miniDocx(p('一、总体情况') + p('本年度……')))).toEqual({ ok: false, message: MESSAGES.noTables })
    expect(readDocx(miniDocx('<w:p/>'))).toEqual({ ok: false, message: MESSAGES.noContent })
  })

  it.each([0.3, 0.6, 0.95])('a .docx truncated at %s of its length', (at) => {
    const whole = miniDocx(p('标题'.repeat(200)) + TABLE)
    expect(readDocx(whole).ok).toBe(true)
    expect(readDocx(whole.subarray(0, Math.floor(whole.length * at)))).toEqual({ ok: false, message: MESSAGES.truncated })
  })

  it('a zip bomb: document.xml inflating past the cap (its declared size lies) is stopped', () => {
    // 60 MB of spaces inside the body deflate to about 60 kB
    const bomb = documentXml(`${p('x')}${' '.repeat(60 * 1024 * 1024)}${TABLE}`)
    const zip = zipSync({ 'word/document.xml': strToU8(bomb) }, { level: 9 })
    expect(zip.length).toBeLessThan(1024 * 1024)
    expect(readDocx(zip)).toEqual({ ok: false, message: MESSAGES.zipBomb })
  })

  it('a zip with too many entries', () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 6000; i += 1) files[`f/${i}`] = new Uint8Array(0)
    expect(readDocx(zipSync(files))).toEqual({ ok: false, message: MESSAGES.zipBomb })
  })

  it('XML with a DOCTYPE (billion laughs) or an external entity is refused before parsing', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('&lol3;')}${TABLE}</w:body></w:document>`
    expect(readDocx(miniDocx(laughs))).toEqual({ ok: false, message: MESSAGES.doctype })
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentXml(p('&x;') + TABLE).replace(/^<\?xml[^>]*>/, '')}`
    expect(readDocx(miniDocx(xxe))).toEqual({ ok: false, message: MESSAGES.doctype })
  })

  it('an entity reference without a declaration stays as written (nothing is expanded)', () => {
    const r = readDocx(miniDocx(p('a&lol;b &amp; &#x4E00;') + TABLE))
    expect(r.ok && r.document.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'a&lol;b & 一' })
  })
})

describe('readHtml on bad input', () => {
  it('random bytes, an empty file and a page without a report', () => {
    expect(readHtml(randomBytes(5000, 3))).toEqual({ ok: false, message: MESSAGES.noReport })
    expect(readHtml(new Uint8Array(0))).toEqual({ ok: false, message: MESSAGES.noReport })
    const page = '<html><body><div class="nav"><a href="#">一、总体情况</a><a href="#">二、主动公开政府信息情况</a></div><p>页面不存在</p></body></html>'
    expect(readHtml(new TextEncoder().encode(page))).toEqual({ ok: false, message: MESSAGES.noReport })
  })

  it('a table claiming millions of slots by its spans is refused', () => {
    const rows = Array.from({ length: 400 }, () => '<tr><td colspan="1000" rowspan="400">行政复议行政诉讼</td></tr>').join('')
    const r = readHtml(new TextEncoder().encode(`<p>四、政府信息公开行政复议、行政诉讼情况</p><table>${rows}</table>`))
    expect(r.ok).toBe(false)
  })

  it('deeply nested markup does not overflow the stack (elements past depth 400 are flattened)', () => {
    const deep = `${'<div>'.repeat(10_000)}<p>一、总体情况</p><table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>1</td><td>2</td></tr></table>${'</div>'.repeat(10_000)}`
    const r = readHtml(new TextEncoder().encode(deep))
    // a stack overflow would surface as the unexpected-error message
    expect(r).toEqual({ ok: false, message: MESSAGES.noReport })
    const shallow = deep.replace(/<\/?div>/g, '')
    expect(readHtml(new TextEncoder().encode(shallow)).ok).toBe(true)
  })
})
