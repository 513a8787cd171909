// @vitest-environment node
/** readDocx on small hand-written document.xml: grids, merges, bookmarks, revisions, fields, content controls. */
import { readDocx } from '../../../../src/core/read/docx/read-docx'
import type { ReadDocument, ReadTable } from '../../../../src/core/read/types'
import { miniDocx, p, tbl, tc, tr } from '../../../support/mini-docx'

function read(body: string, parts?: Parameters<typeof miniDocx>[1]): ReadDocument {
  const r = readDocx(miniDocx(body, parts))
  if (!r.ok) throw new Error(r.message)
  return r.document
}
const tables = (d: ReadDocument) => d.blocks.filter((b): b is ReadTable => b.kind === 'table')
/** the grid as text, a merged-away slot marked ^ */
const grid = (t: ReadTable | undefined) => t?.rows.map((r) => r.map((c) => (c.origin ? c.text : `^${c.text}`)))

describe('readDocx table grids', () => {
  it('expands gridBefore and gridAfter into empty slots and pads short rows', () => {
    const d = read(tbl(tr(tc('a') + tc('b'), '<w:gridBefore w:val="1"/>') + tr(tc('x') + tc('y'), '<w:gridAfter w:val="1"/>') + tr(tc('only'))))
    expect(grid(tables(d)[0])).toEqual([
      ['', 'a', 'b'],
      ['x', 'y', ''],
      ['only', '', ''],
    ])
  })

  it('expands gridSpan and nested vMerge groups (restart / continue, with and without val)', () => {
    const restart = '<w:vMerge w:val="restart"/>'
    const cont = '<w:vMerge/>'
    const rows =
      tr(tc('三、办理结果', restart) + tc('（三）不予公开', restart) + tc('1.国家秘密') + tc('5')) +
      tr(tc('', cont) + tc('', '<w:vMerge w:val="continue"/>') + tc('2.禁止公开') + tc('6')) +
      tr(tc('', cont) + tc('（七）总计', '<w:gridSpan w:val="2"/>') + tc('11')) +
      tr(tc('四、结转', '<w:gridSpan w:val="3"/>') + tc('0'))
    expect(grid(tables(read(tbl(rows, 4)))[0])).toEqual([
      ['三、办理结果', '（三）不予公开', '1.国家秘密', '5'],
      ['^三、办理结果', '^（三）不予公开', '2.禁止公开', '6'],
      ['^三、办理结果', '（七）总计', '^（七）总计', '11'],
      ['四、结转', '^四、结转', '^四、结转', '0'],
    ])
  })

  it('continues a vMerge across a gridSpan (every spanned slot takes the text above)', () => {
    const rows = tr(tc('申请人情况', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + tc('总计')) + tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>') + tc('7'))
    expect(grid(tables(read(tbl(rows)))[0])).toEqual([
      ['申请人情况', '^申请人情况', '总计'],
      ['^申请人情况', '^申请人情况', '7'],
    ])
  })

  it('ignores bookmarks (a hidden _GoBack too) between rows, between cells and inside cell paragraphs', () => {
    const mark = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
    const cell = `<w:tc><w:p><w:r><w:t>行政</w:t></w:r>${mark}<w:r><w:t>许可</w:t></w:r></w:p></w:tc>`
    const rows = tr(tc('信息内容') + mark + tc('数量')) + mark + tr(cell + `<w:bookmarkStart w:id="1" w:name="row"/>` + tc('3') + '<w:bookmarkEnd w:id="1"/>')
    const d = read(tbl(`${mark}${rows}`, 2))
    expect(grid(tables(d)[0])).toEqual([
      ['信息内容', '数量'],
      ['行政许可', '3'],
    ])
  })

  it('keeps tracked insertions, drops deletions (runs, a deleted row), reads fields by their result', () => {
    const ins = '<w:ins w:id="1" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins>'
    // a deletion holds w:delText; some producers write w:t there, and a move's source holds w:t
    const del = '<w:del w:id="2" w:author="a"><w:r><w:delText>11</w:delText></w:r><w:r><w:t>10</w:t></w:r></w:del><w:moveFrom><w:r><w:t>9</w:t></w:r></w:moveFrom>'
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =SUM(ABOVE) </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>30</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const simple = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>4</w:t></w:r></w:fldSimple>'
    // a field nested in another's instructions: its result is part of the code, not shown
    const r = (x: string) => `<w:r>${x}</w:r>`
    const fc = (t: string) => r(`<w:fldChar w:fldCharType="${t}"/>`)
    const nested = `${fc('begin')}${r('<w:instrText>IF </w:instrText>')}${fc('begin')}${r('<w:instrText>MERGEFIELD x</w:instrText>')}${fc('separate')}${r('<w:t>1</w:t>')}${fc('end')}${r('<w:instrText> = 1 "是" "否"</w:instrText>')}${fc('separate')}${r('<w:t>是</w:t>')}${fc('end')}`
    const rows =
      tr(tc('行') + `<w:tc><w:p>${del}${ins}</w:p></w:tc>`) +
      tr(tc('删除的行') + tc('99'), '<w:del w:id="3" w:author="a"/>') +
      tr(tc('合计') + `<w:tc><w:p>${field}</w:p></w:tc>`) +
      tr(tc('页') + `<w:tc><w:p>${simple}</w:p></w:tc>`) +
      tr(tc('条件') + `<w:tc><w:p>${nested}</w:p></w:tc>`)
    expect(grid(tables(read(tbl(rows, 2)))[0])).toEqual([
      ['行', '12'],
      ['合计', '30'],
      ['页', '4'],
      ['条件', '是'],
    ])
  })

  it('reads rows, cells and text inside content controls (w:sdt) and custom XML', () => {
    const sdtCell = `<w:sdt><w:sdtPr/><w:sdtContent>${tc('8')}</w:sdtContent></w:sdt>`
    const sdtRow = `<w:sdt><w:sdtPr/><w:sdtContent>${tr(tc('行政处罚') + sdtCell)}</w:sdtContent></w:sdt>`
    const runSdt = '<w:tc><w:p><w:sdt><w:sdtContent><w:r><w:t>行政强制</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>'
    const custom = `<w:customXml w:element="x">${tr(runSdt + tc('2'))}</w:customXml>`
    expect(grid(tables(read(tbl(sdtRow + custom, 2)))[0])).toEqual([
      ['行政处罚', '8'],
      ['行政强制', '2'],
    ])
  })

  it('keeps a nested table inside its cell; the outer table stays one grid', () => {
    const nested = `<w:tc>${p('说明')}${tbl(tr(tc('甲') + tc('乙')), 2)}</w:tc>`
    const rows = tr(tc('标签') + tc('值')) + tr(nested + tc('5')) + tr(tc('后') + tc('6'))
    const d = read(tbl(rows, 2))
    expect(tables(d)).toHaveLength(1)
    expect(grid(tables(d)[0])).toEqual([
      ['标签', '值'],
      ['说明\n甲\t乙', '5'],
      ['后', '6'],
    ])
  })

  it('reads a 1×1 frame around a table as its content, and legacy hMerge', () => {
    const inner = tbl(tr(tc('a', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('b')) + tr(tc('1') + tc('2') + tc('3')))
    const d = read(tbl(tr(`<w:tc>${p('标题')}${inner}</w:tc>`), 1))
    expect(d.blocks.map((b) => b.where)).toEqual(['第1段', '第1个表格'])
    expect(grid(tables(d)[0])).toEqual([
      ['a', '^a', 'b'],
      ['1', '2', '3'],
    ])
  })
})

describe('readDocx paragraphs', () => {
  it('joins runs with tabs, breaks and symbols; drops hidden runs and deleted text; numbers where each block is', () => {
    const para =
      '<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t>总体</w:t><w:br/><w:t>情况</w:t></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>' +
      '<w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>'
    const d = read(`${para}<w:p/>${p('  ')}${tbl(tr(tc('a') + tc('1')), 2)}${p('第二段')}`)
    expect(d.blocks.map((b) => [b.where, b.kind === 'paragraph' ? b.text : 'table'])).toEqual([
      ['第1段', `一、\t总体\n情况${String.fromCharCode(0xfc)}链接`],
      ['第1个表格', 'table'],
      ['第2段', '第二段'],
    ])
  })

  it('prefixes Word list numbers (chineseCounting 「一、」, 「（一）」), also from a paragraph style', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    const num = (ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`
    const body = [p('总体情况', num(0)), p('组织领导', num(1)), p('主动公开', num(1)), p('主动公开政府信息情况', '<w:pStyle w:val="H1"/>'), p('小节', num(1))].join('')
    const d = read(body + tbl(tr(tc('a') + tc('1')), 2), { numbering, styles })
    expect(d.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '一、总体情况',
      '（一）组织领导',
      '（二）主动公开',
      '二、主动公开政府信息情况',
      '（一）小节',
    ])
  })
})

describe('readDocx w:altChunk', () => {
  it('reads an embedded web page (as html-docx exporters write a .docx) where the chunk stands', () => {
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.htm"/></Relationships>`
    const html = '<html><body><p>一、总体情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="2">行政复议</td><td>行政诉讼</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table></body></html>'
    const body = `${p('前言')}<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="htmlChunk"/>${p('结尾')}`
    const d = read(body, { extra: { 'word/_rels/document.xml.rels': rels, 'word/afchunk.htm': html } })
    expect(d.blocks.map((b) => [b.where, b.kind === 'paragraph' ? b.text : 'table'])).toEqual([
      ['第1段', '前言'],
      ['第2段', '一、总体情况'],
      ['第3段', '四、政府信息公开行政复议、行政诉讼情况'],
      ['第1个表格', 'table'],
      ['第4段', '结尾'],
    ])
    expect(grid(tables(d)[0])).toEqual([
      ['行政复议', '^行政复议', '行政诉讼'],
      ['1', '2', '3'],
    ])
  })
})
