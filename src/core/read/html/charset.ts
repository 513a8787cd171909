/**
 * Decodes a saved web page as a browser would: a byte-order mark first, then the charset a `<meta>`
 * declares (`<meta charset>` or `http-equiv="Content-Type"`, or an XML declaration) in the first 4 KB,
 * else UTF-8. GBK/GB2312/GB18030 pages decode with the platform's GB18030 decoder. Government pages are
 * often mis-declared, so: bytes declared as GBK that are valid UTF-8 with non-ASCII text are UTF-8, and
 * bytes declared (or defaulted) as UTF-8 that are not valid UTF-8 are tried as GB18030; each such guess
 * adds a notice.
 */
import { decodeBytes, decodeUtf8 } from '../decode-text'

export interface DecodedPage {
  readonly text: string
  /** the encoding used, WHATWG name (utf-8, gbk, gb18030, utf-16le…) */
  readonly charset: string
  readonly notices: string[]
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i
const XML_DECL = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i

/** The charset a page declares in its head (its first 4 KB, read as Latin-1), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = ''
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i += 1) head += String.fromCharCode(bytes[i] ?? 0)
  // comments may mention a charset that is not the page's
  head = head.replace(/<!--[\s\S]*?-->/g, '')
  const m = META_CHARSET.exec(head) ?? XML_DECL.exec(head)
  return m?.[1]?.toLowerCase()
}

function bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

const isUtf8 = (label: string) => label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8'
const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80)

export function decodePage(bytes: Uint8Array): DecodedPage {
  const fromBom = bom(bytes)
  if (fromBom) return { text: decodeBytes(bytes, fromBom) ?? '', charset: fromBom, notices: [] }
  const declared = declaredCharset(bytes)
  const strictUtf8 = decodeBytes(bytes, 'utf-8', true)
  if (declared && !isUtf8(declared)) {
    const text = decodeBytes(bytes, declared)
    if (text === undefined) {
      const fallback = strictUtf8 ?? decodeBytes(bytes, 'gb18030') ?? decodeUtf8(bytes)
      return { text: fallback, charset: strictUtf8 ? 'utf-8' : 'gb18030', notices: [`网页声明的编码「${declared}」无法识别，已按${strictUtf8 ? 'UTF-8' : 'GB18030'}读取`] }
    }
    if (strictUtf8 !== undefined && hasNonAscii(bytes) && !/^utf-16/.test(declared)) {
      return { text: strictUtf8, charset: 'utf-8', notices: [`网页声明的编码是「${declared}」，但内容是UTF-8编码，已按UTF-8读取`] }
    }
    return { text, charset: declared, notices: [] }
  }
  if (strictUtf8 !== undefined) return { text: strictUtf8, charset: 'utf-8', notices: [] }
  const gb = decodeBytes(bytes, 'gb18030', true)
  if (gb !== undefined) {
    const why = declared ? '网页声明为UTF-8，但内容不是UTF-8编码' : '网页没有声明编码，内容不是UTF-8编码'
    return { text: gb, charset: 'gb18030', notices: [`${why}，已按GB18030（GBK）读取`] }
  }
  return { text: decodeUtf8(bytes), charset: 'utf-8', notices: ['网页中有无法识别的字符（编码错误），这些字符显示为“�”'] }
}
