import fc from 'fast-check'
import { nodeUtf8 } from '../../src/cli/utf8'

const decoder = new TextDecoder('utf-8')
const utf8 = (s: string) => new TextEncoder().encode(s)

describe("the command line's UTF-8 reader gives exactly TextDecoder's text", () => {
  it('for Chinese text, four-byte characters, a byte order mark and an empty file', () => {
    for (const bytes of [utf8('{"agency":"北京市大兴区科学技术委员会","x":"😀ａ"}'), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"年报"}')]), new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      expect(nodeUtf8(bytes)).toBe(decoder.decode(bytes))
    }
  })

  it('for invalid bytes: truncated sequences, stray continuation bytes, surrogates encoded, overlongs', () => {
    for (const bytes of [[0xff], [0xe5, 0xb9], [0x80, 0x41], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xef, 0xbb, 0xbf, 0xe5]]) {
      expect(nodeUtf8(new Uint8Array(bytes))).toBe(decoder.decode(new Uint8Array(bytes)))
    }
  })

  it('for any bytes, and any text encoded, at any offset in a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'grapheme', maxLength: 32 }), fc.nat(8), (raw, text, pad) => {
        expect(nodeUtf8(raw)).toBe(decoder.decode(raw))
        const enc = utf8(text)
        const big = new Uint8Array(pad + enc.length + 3)
        big.set(enc, pad)
        const view = big.subarray(pad, pad + enc.length)
        expect(nodeUtf8(view)).toBe(text)
      }),
      { numRuns: 2000 },
    )
  })
})
