import type { CellKind } from '../../../src/core/template/types'
import { normalizeCell, type CellReading } from '../../../src/core/values/normalize-cell'

const ok = (value: number, text: string, notice?: string): CellReading =>
  notice === undefined ? { status: 'ok', value, text } : { status: 'ok', value, text, notice }
const bad = (reason: string): CellReading => ({ status: 'invalid', reason })
const blank: CellReading = { status: 'blank' }

type Case = readonly [raw: string, kind: CellKind, expected: CellReading]

const cases: Record<string, readonly Case[]> = {
  'blank and whitespace': [
    ['', 'count', blank],
    ['   ', 'count', blank],
    ['\u00a0\u3000\t\r\n\u200b\ufeff', 'wanYuan', blank],
    ['\u00a01', 'count', ok(1, '1')],
    ['0\u00a0', 'count', ok(0, '0')],
    ['\u00a0\n0', 'count', ok(0, '0')],
    ['\u3000\u300012\u200b', 'count', ok(12, '12')],
    ['1\u200b2', 'count', ok(12, '12')],
    ['- 3', 'signedCount', ok(-3, '-3')],
  ],
  'full-width characters': [
    ['１２', 'count', ok(12, '12')],
    ['１，２３４', 'count', ok(1234, '1234')],
    ['－３', 'signedCount', ok(-3, '-3')],
    ['\u22123', 'signedCount', ok(-3, '-3')],
    ['–3', 'signedCount', ok(-3, '-3')],
    ['＋３', 'signedCount', ok(3, '3')],
    ['１２．５', 'wanYuan', ok(12.5, '12.5')],
    ['12。5', 'wanYuan', ok(12.5, '12.5')],
  ],
  'thousands separators': [
    ['1,234', 'count', ok(1234, '1234')],
    ['1，234', 'count', ok(1234, '1234')],
    ['1,234,567', 'count', ok(1234567, '1234567')],
    ['1 234', 'count', ok(1234, '1234')],
    ['1\u00a0234', 'count', ok(1234, '1234')],
    ['12,345.6789', 'wanYuan', ok(12345.6789, '12345.6789')],
    ['1,23', 'count', bad('千分位分隔不对，应每3位一组')],
    ['1,2345', 'count', bad('千分位分隔不对，应每3位一组')],
    ['1 23', 'count', bad('千分位分隔不对，应每3位一组')],
    ['1,5', 'wanYuan', bad('千分位分隔不对，应每3位一组')],
  ],
  placeholders: [
    ['/', 'count', ok(0, '0', '「/」按0处理')],
    ['／', 'count', ok(0, '0', '「／」按0处理')],
    ['-', 'signedCount', ok(0, '0', '「-」按0处理')],
    ['－', 'count', ok(0, '0', '「－」按0处理')],
    ['—', 'wanYuan', ok(0, '0', '「—」按0处理')],
    ['–', 'yuan', ok(0, '0', '「–」按0处理')],
    ['——', 'count', ok(0, '0', '「——」按0处理')],
    ['无', 'count', ok(0, '0', '「无」按0处理')],
    [' 无\u00a0', 'wanYuan', ok(0, '0', '「无」按0处理')],
    ['//', 'count', bad('请填写非负整数')],
    // the disputed tokens the old text importer read differently: decided here once, for typing and import
    ['--', 'count', ok(0, '0', '「--」按0处理')],
    ['零', 'count', ok(0, '0', '「零」按0处理')],
    ['×', 'count', bad('「×」不是数字：没有发生请填0')],
    ['x', 'wanYuan', bad('「x」不是数字：没有发生请填0')],
    ['X', 'count', bad('「X」不是数字：没有发生请填0')],
    ['~', 'count', bad('「~」不是数字：请填写一个数')],
    ['空', 'count', bad('「空」不是数字：没有发生请填0')],
    ['', 'count', { status: 'blank' }],
  ],
  units: [
    ['12件', 'count', ok(12, '12')],
    ['12 件', 'count', ok(12, '12')],
    ['-3件', 'signedCount', ok(-3, '-3')],
    ['12.5万元', 'wanYuan', ok(12.5, '12.5')],
    ['300元', 'yuan', ok(300, '300')],
    ['251000元', 'wanYuan', ok(25.1, '25.1', '已将251000元换算为25.1万元')],
    ['251,000元', 'wanYuan', ok(25.1, '25.1', '已将251000元换算为25.1万元')],
    ['50元', 'wanYuan', ok(0.005, '0.005', '已将50元换算为0.005万元')],
    ['1.5元', 'wanYuan', bad('换算为万元后超过4位小数，请核对')],
    ['2.5万元', 'yuan', ok(25000, '25000', '已将2.5万元换算为25000元')],
    ['12元', 'count', bad('此处填件数，不是金额')],
    ['12万元', 'signedCount', bad('此处填件数，不是金额')],
    ['12件', 'wanYuan', bad('此处填金额，不是件数')],
    ['件', 'count', bad('请填写非负整数')],
    ['12个', 'count', bad('请填写非负整数')],
  ],
  'count': [
    ['0', 'count', ok(0, '0')],
    ['007', 'count', ok(7, '7')],
    ['+3', 'count', ok(3, '3')],
    ['-0', 'count', ok(0, '0')],
    ['-3', 'count', bad('此处不能填负数')],
    ['1.5', 'count', bad('此处应填整数')],
    ['2.0', 'count', ok(2, '2', '已按整数2处理')],
    ['2.00', 'count', ok(2, '2', '已按整数2处理')],
    ['5.', 'count', ok(5, '5')],
    ['9999999', 'count', ok(9999999, '9999999')],
    ['99999999', 'count', bad('数值过大，请核对')],
    ['abc', 'count', bad('请填写非负整数')],
    ['十二', 'count', bad('请填写非负整数')],
    ['1-2', 'count', bad('请填写非负整数')],
  ],
  signedCount: [
    ['-3', 'signedCount', ok(-3, '-3')],
    ['+3', 'signedCount', ok(3, '3')],
    ['-2.0', 'signedCount', ok(-2, '-2', '已按整数-2处理')],
    ['-1.5', 'signedCount', bad('此处应填整数')],
    ['-9999999', 'signedCount', ok(-9999999, '-9999999')],
    ['-10000000', 'signedCount', bad('数值过大，请核对')],
    ['--3', 'signedCount', bad('请填写整数（减少填负数）')],
    ['abc', 'signedCount', bad('请填写整数（减少填负数）')],
  ],
  wanYuan: [
    ['1932.5830', 'wanYuan', ok(1932.583, '1932.5830')],
    ['.5', 'wanYuan', ok(0.5, '0.5')],
    ['5.', 'wanYuan', ok(5, '5')],
    ['0.00', 'wanYuan', ok(0, '0.00')],
    ['00012.50', 'wanYuan', ok(12.5, '12.50')],
    ['1.23450', 'wanYuan', ok(1.2345, '1.2345')],
    ['1.23456', 'wanYuan', bad('万元最多保留4位小数')],
    ['-3', 'wanYuan', bad('此处不能填负数')],
    ['99999999.9999', 'wanYuan', ok(99999999.9999, '99999999.9999')],
    ['100000000', 'wanYuan', bad('数值过大，请核对')],
    ['.', 'wanYuan', bad('请填写金额（万元，最多4位小数）')],
    ['abc', 'wanYuan', bad('请填写金额（万元，最多4位小数）')],
  ],
  yuan: [
    ['300.50', 'yuan', ok(300.5, '300.50')],
    ['1.234', 'yuan', bad('元最多保留2位小数')],
    ['9999999999.99', 'yuan', ok(9999999999.99, '9999999999.99')],
    ['10000000000', 'yuan', bad('数值过大，请核对')],
    ['-1', 'yuan', bad('此处不能填负数')],
    ['abc', 'yuan', bad('请填写金额（元，最多2位小数）')],
  ],
  'other notations': [
    ['1e5', 'count', bad('请填写数字')],
    ['1.5E-3', 'wanYuan', bad('请填写数字')],
    ['0x10', 'count', bad('请填写数字')],
    ['Infinity', 'signedCount', bad('请填写数字')],
    ['-Infinity', 'signedCount', bad('请填写数字')],
    ['NaN', 'yuan', bad('请填写数字')],
  ],
  'length and odd input': [
    ['1'.repeat(65), 'count', bad('内容过长，不是有效数字')],
    [`${' '.repeat(100_000)}12${'\u00a0'.repeat(100_000)}`, 'count', ok(12, '12')],
    ['\ud800', 'count', bad('请填写非负整数')],
    ['1\udc00', 'count', bad('请填写非负整数')],
  ],
}

describe('normalizeCell', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list.map(([raw, kind, expected]) => [JSON.stringify(raw).slice(0, 40), kind, raw, expected] as const))(
        '%s as %s',
        (_label, kind, raw, expected) => {
          expect(normalizeCell(raw, kind)).toEqual(expected)
        },
      )
    })
  }

  it('keeps the value exact for 4-decimal 万元 figures', () => {
    const r = normalizeCell('0.1234', 'wanYuan')
    expect(r).toEqual(ok(0.1234, '0.1234'))
  })

  it('refuses a non-string without throwing', () => {
    expect(normalizeCell(undefined as unknown as string, 'count')).toEqual(bad('请填写数字'))
    expect(normalizeCell('1', 'nope' as CellKind)).toEqual(bad('请填写数字'))
  })
})
