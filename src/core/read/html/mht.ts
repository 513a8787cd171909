/**
 * A web page saved as one file (.mht/.mhtml: 「网页，单个文件」, and the 「.doc」 files many government
 * sites serve, which Word wrote as MIME HTML): the first text/html part of the MIME message, its
 * quoted-printable or base64 transfer encoding undone, decoded by the charset its header or its
 * `<meta>` declares.
 */
import { decodeBytes } from '../decode-text'
import { decodePage, type DecodedPage } from './charset'

const latin1 = (b: Uint8Array, from = 0, to = b.length) => {
  let s = ''
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192)))
  return s
}

/** Is this a MIME message (the first header lines say so)? */
export function isMime(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 0, Math.min(bytes.length, 2048)).toLowerCase()
  return /^\s*(?:mime-version:|from:|subject:|date:|content-type:\s*multipart\/related)/.test(head) && head.includes('multipart/related')
}

function headers(block: string): Map<string, string> {
  const out = new Map<string, string>()
  // folded header lines continue with white space
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim())
  }
  return out
}

const param = (value: string | undefined, name: string) => new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value ?? '')?.[1]?.trim()

function quotedPrintable(s: string): Uint8Array {
  const t = s.replace(/=\r?\n/g, '')
  const out = new Uint8Array(t.length)
  let n = 0
  for (let i = 0; i < t.length; i += 1) {
    const c = t.charCodeAt(i)
    const hex = c === 0x3d ? t.slice(i + 1, i + 3) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16)
      i += 2
    } else out[n++] = c & 0xff
  }
  return out.subarray(0, n)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64(s: string): Uint8Array {
  const t = s.replace(/[^A-Za-z0-9+/]/g, '')
  const out = new Uint8Array(Math.floor((t.length * 3) / 4))
  let n = 0
  for (let i = 0; i + 1 < t.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) => B64.indexOf(t[i + k] ?? 'A'))
    const x = ((v[0] ?? 0) << 18) | ((v[1] ?? 0) << 12) | ((v[2] ?? 0) << 6) | (v[3] ?? 0)
    out[n++] = (x >> 16) & 0xff
    if (i + 2 < t.length) out[n++] = (x >> 8) & 0xff
    if (i + 3 < t.length) out[n++] = x & 0xff
  }
  return out.subarray(0, n)
}

/** The HTML part of a MIME message, decoded; undefined when it has none. */
export function mhtPage(bytes: Uint8Array): DecodedPage | undefined {
  const text = latin1(bytes)
  const split = /\r?\n\r?\n/.exec(text)
  if (!split) return undefined
  const top = headers(text.slice(0, split.index))
  const boundary = param(top.get('content-type'), 'boundary')
  const bodies = boundary ? text.slice(split.index).split(`--${boundary}`).slice(1) : [text]
  for (const body of bodies) {
    const sep = /\r?\n\r?\n/.exec(body)
    if (!sep) continue
    const h = boundary ? headers(body.slice(0, sep.index)) : top
    if (!/text\/html/i.test(h.get('content-type') ?? '')) continue
    const raw = body.slice(sep.index + sep[0].length)
    const encoding = (h.get('content-transfer-encoding') ?? '').toLowerCase()
    const data = encoding === 'quoted-printable' ? quotedPrintable(raw) : encoding === 'base64' ? base64(raw) : Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff)
    const charset = param(h.get('content-type'), 'charset')?.toLowerCase()
    const decoded = charset ? decodeBytes(data, charset) : undefined
    return decoded !== undefined && charset ? { text: decoded, charset, notices: [] } : decodePage(data)
  }
  return undefined
}
