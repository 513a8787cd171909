import { isUtf8, transcode } from 'node:buffer'
import { utf8Decode } from '../core/audit/web-apis'

/**
 * UTF-8 bytes as text, the same as TextDecoder gives, about five times faster for Chinese text in node 20:
 * V8 builds a string from UTF-8 slowly (about 100 µs for a 27 kB data package), from UTF-16 by copying.
 * Valid input is transcoded to UTF-16 and read as such; invalid input goes to TextDecoder, so its
 * U+FFFD replacements are exactly TextDecoder's. A leading byte order mark is dropped, as TextDecoder does.
 */
export function nodeUtf8(bytes: Uint8Array): string {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const body = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf ? all.subarray(3) : all
  if (!isUtf8(body)) return utf8Decode(bytes)
  return transcode(body, 'utf8', 'utf16le').toString('utf16le')
}
