// @vitest-environment node
/** readHtml on small pages: the report found inside the page, spans expanded, <br> in labels, entities. */
import { readHtml } from '../../../../src/core/read/html/read-html'
import { MESSAGES } from '../../../../src/core/read/limits'
import type { ReadDocument, ReadTable } from '../../../../src/core/read/types'

const bytes = (s: string) => new TextEncoder().encode(s)
function read(html: string): ReadDocument {
  const r = readHtml(bytes(html))
  if (!r.ok) throw new Error(r.message)
  return r.document
}
const tables = (d: ReadDocument) => d.blocks.filter((b): b is ReadTable => b.kind === 'table')
const grid = (t: ReadTable | undefined) => t?.rows.map((r) => r.map((c) => (c.origin ? c.text : `^${c.text}`)))
const texts = (d: ReadDocument) => d.blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.where}]`))

const T4 = `<table border="1"><tr><td colspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr>
<tr><td rowspan="2">结果<br/>维持</td><td>总计</td><td>未经复议<br>直接起诉</td><td rowspan=2>总计</td></tr>
<tr><td>1</td><td>2</td></tr>
<tr><td>3</td><td>&nbsp;</td><td>4</td><td>5</td></tr></table>`

function page(article: string, extra = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年政府信息公开工作年度报告_某区政府</title>
<script>document.write('<table><tr><td>行政复议</td><td>行政诉讼</td></tr></table>')</script><style>.a{}</style></head>
<body><div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">一、总体情况</a></li></ul></div>
<div class="side"><a href="/2022">2022年政府信息公开工作年度报告</a><table><tr><td>日</td><td>一</td></tr><tr><td>1</td><td>2</td></tr></table></div>
<div class="main"><h1>某区科委2023年政府信息公开工作年度报告</h1><div class="info">发布时间：2024-01-20</div>
<div id="zoom">${article}</div><div class="share">分享到</div></div>${extra}
<div class="footer">主办：某区人民政府 网站标识码：1100000001</div></body></html>`
}

describe('readHtml', () => {
  it('reads the report container only: no navigation, sidebar, footer, scripts or styles; the title from the h1 above', () => {
    const d = read(page(`<p>一、总体情况</p><p>　　本年度，我委……</p><p>四、政府信息公开行政复议、行政诉讼情况</p>${T4}<p>五、存在的主要问题及改进情况</p><p>无。</p>`))
    expect(texts(d)).toEqual(['某区科委2023年政府信息公开工作年度报告', '一、总体情况', '　　本年度，我委……', '四、政府信息公开行政复议、行政诉讼情况', '[第1个表格]', '五、存在的主要问题及改进情况', '无。'])
    expect(d.blocks[4]?.where).toBe('第1个表格')
    expect(d.blocks[1]?.where).toBe('第2段')
  })

  it('expands rowspan and colspan; <br> inside a cell joins the label with a line break; &nbsp; stays a space', () => {
    const d = read(page(`<p>四、政府信息公开行政复议、行政诉讼情况</p>${T4}`))
    expect(grid(tables(d)[0])).toEqual([
      ['行政复议', '^行政复议', '行政诉讼', '^行政诉讼'],
      ['结果\n维持', '总计', '未经复议\n直接起诉', '总计'],
      ['^结果\n维持', '1', '2', '^总计'],
      ['3', '\u00a0', '4', '5'],
    ])
  })

  it('clamps a rowspan past the end of the table and treats rowspan=0 as the rest of the table', () => {
    const t = `<table><tr><td rowspan="0">行政复议</td><td>a</td></tr><tr><td>b</td></tr><tr><td rowspan="99">行政诉讼</td></tr></table>`
    expect(grid(tables(read(page(t)))[0])).toEqual([
      ['行政复议', 'a'],
      ['^行政复议', 'b'],
      ['^行政复议', '行政诉讼'],
    ])
  })

  it('decodes entities and collapses white space (a line break between CJK characters disappears)', () => {
    const d = read(page(`<p>一、总体情况</p><p>本年度&amp;全年&#x4E00;共&#20108;件，\n  公开&lt;条例&gt;  全文 </p><p>二、主动公开政府信息情况</p>${T4}`))
    expect(texts(d)).toContain('本年度&全年一共二件，公开<条例> 全文')
  })

  it('reads the report inside layout tables (a frame of tables), and skips hidden elements', () => {
    const frame = `<table width="100%"><tr><td><table><tr><td><p>一、总体情况</p><p style="display:none">隐藏</p>${T4}<p hidden>又一个</p></td></tr></table></td></tr></table>`
    const d = read(page(frame))
    expect(tables(d)).toHaveLength(1)
    expect(texts(d)).toEqual(['某区科委2023年政府信息公开工作年度报告', '一、总体情况', '[第1个表格]'])
  })

  it('refuses a page without a report (links that name headings do not count)', () => {
    const r = readHtml(bytes(page('<p>欢迎访问</p>')))
    expect(r).toEqual({ ok: false, message: MESSAGES.noReport })
  })
})
