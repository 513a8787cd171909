import { toCsv } from '../../../src/core/audit/csv'

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv([['机关名称', '错误'], ['北京市大兴区科委', 3]])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toBe('\uFEFF机关名称,错误\r\n北京市大兴区科委,3\r\n')
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('quotes fields with commas, quotes and line breaks (RFC 4180), and leaves others bare', () => {
    const csv = toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r', 'plain', null, 1.5, -2]])
    expect(csv).toBe('\uFEFF"a,b","say ""hi""","two\nlines","cr\r",plain,,1.5,-2\r\n')
  })

  it('keeps text from a file from running as an Excel formula', () => {
    expect(toCsv([['=1+2', '+x', '@SUM(A1)', '-cmd', '-3', '-0.5']])).toBe("\uFEFF'=1+2,'+x,'@SUM(A1),'-cmd,-3,-0.5\r\n")
  })
})
