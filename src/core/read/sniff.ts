/**
 * What a file is, by its first bytes (never by its name alone: government sites serve web pages and
 * Word 2003 XML as「.doc」, and users rename files): a zip (.docx, .ofd…), a PDF, an OLE compound file
 * (legacy .doc / .wps, or a password-protected .docx), Word XML, a web page, or text.
 */
export type SniffedKind = 'zip' | 'pdf' | 'ole' | 'word-xml' | 'html' | 'text' | 'binary'

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x)

/** The first bytes as Latin-1, lower-cased, without a BOM (UTF-16 pages: every other byte dropped). */
function head(b: Uint8Array, n = 2048): string {
  let s = ''
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)
  const start = utf16 ? 2 : b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0
  for (let i = start; i < Math.min(b.length, n); i += utf16 ? 2 : 1) s += String.fromCharCode(b[i + (utf16 && b[0] === 0xfe ? 1 : 0)] ?? 0)
  return s.toLowerCase()
}

/** Control bytes other than tab, line breaks and form feed: a text file has (almost) none. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192)
  let control = 0
  for (let i = 0; i < n; i += 1) {
    const x = b[i] ?? 0
    if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1b) control += 1
  }
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)
  return !utf16 && control > n / 100
}

export function sniff(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x50, 0x4b]) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  const h = head(bytes)
  // a PDF may have a few bytes of junk before its header (readers accept it within the first 1 KB)
  if (h.slice(0, 1024).includes('%pdf-')) return 'pdf'
  const t = h.trimStart()
  if (/<\?mso-application[^>]*word\.document|<w:worddocument|<pkg:package/.test(h)) return 'word-xml'
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<!--|<table|<div|<p[\s>]|<title)/.test(t) || /<html[\s>]|<body[\s>]/.test(h)) return 'html'
  if (/^mime-version:|content-type:\s*multipart\/related/.test(t)) return 'html'
  return looksBinary(bytes) ? 'binary' : 'text'
}
