// @vitest-environment node
/**
 * fast-check: mutated .docx and .html bytes (flipped bytes, cut, spliced-in markup) never make a reader
 * throw or fail inside (no 「意外错误」), and every failure is a message in Chinese. 10,000 cases each, on small files so each case is
 * fast; a hang would fail the test by its timeout.
 */
import fc from 'fast-check'
import { readDocx } from '../../../src/core/read/docx/read-docx'
import { readHtml } from '../../../src/core/read/html/read-html'
import type { ReadResult } from '../../../src/core/read/types'
import { miniDocx, p, tbl, tc, tr } from '../../support/mini-docx'

const RUNS = { numRuns: 10_000 }

const BODY =
  p('一、总体情况', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
  '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
  tbl(
    tr(tc('行政复议', '<w:gridSpan w:val="2"/>') + tc('总计', '<w:vMerge w:val="restart"/>'), '<w:gridBefore w:val="1"/>') +
      tr(tc('维持') + tc('纠正') + tc('', '<w:vMerge/>')) +
      `<w:sdt><w:sdtContent>${tr(tc('1') + tc('2') + tc('3'), '<w:gridAfter w:val="1"/>')}</w:sdtContent></w:sdt>`,
  )
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'

const DOCX_DEFLATED = miniDocx(BODY, { numbering: NUMBERING })
const DOCX_STORED = miniDocx(BODY, { numbering: NUMBERING, level: 0 })

const HTML = new TextEncoder().encode(
  `<html><head><meta charset="utf-8"><script>var a='<table>'</script></head><body><div class="nav"><a>首页</a></div><div id="zoom">
<p>一、总体情况</p><p>本年度&amp;共&#20108;件</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
<table><tr><td colspan="2">行政复议</td><td rowspan="2">总计</td></tr><tr><td>维持<br>结果</td><td>纠正</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table></div></body></html>`,
)

const SPLICES = ['<table>', '</td>', '<td rowspan="0">', '<td colspan="999999">', '<tr>', '<!--', ']]>', '<meta charset="gbk">', '<w:tbl>', '</w:tr>', '<w:vMerge/>', '<!DOCTYPE x>', '&', '\u0000']

type Mutation = { kind: 'flip'; at: number; byte: number } | { kind: 'cut'; at: number } | { kind: 'splice'; at: number; text: number }

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.nat({ max: SPLICES.length - 1 }) }),
)

function mutate(base: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = base.slice()
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % b.length
    if (m.kind === 'flip') b[at] = m.byte
    else if (m.kind === 'cut') b = b.slice(0, at)
    else {
      const ins = new TextEncoder().encode(SPLICES[m.text] ?? '')
      const next = new Uint8Array(b.length + ins.length)
      next.set(b.subarray(0, at))
      next.set(ins, at)
      next.set(b.subarray(at), at + ins.length)
      b = next
    }
  }
  return b
}

function wellFormed(r: ReadResult): boolean {
  // the readers catch everything; an internal error would show as 「意外错误」, which must not happen either
  return r.ok ? Array.isArray(r.document.blocks) : /[\u4e00-\u9fff]/.test(r.message) && !r.message.includes('意外错误')
}

describe('mutated files', () => {
  it('the unmutated files read', () => {
    expect(readDocx(DOCX_DEFLATED).ok && readDocx(DOCX_STORED).ok && readHtml(HTML).ok).toBe(true)
  })

  it('readDocx never throws on a mutated .docx (deflated or stored)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (stored, ms) => {
        expect(wellFormed(readDocx(mutate(stored ? DOCX_STORED : DOCX_DEFLATED, ms)))).toBe(true)
      }),
      RUNS,
    )
  }, 120_000)

  it('readHtml never throws on mutated .html bytes', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        expect(wellFormed(readHtml(mutate(HTML, ms)))).toBe(true)
      }),
      RUNS,
    )
  }, 120_000)
})
