import { Inflate } from 'fflate'

/** One file inside a .zip, as its central directory describes it; bytes are read on demand. */
export interface ZipEntry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  /** as declared: a zip bomb may lie, so reading never produces more than this */
  readonly size: number
  readonly localOffset: number
  readonly encrypted: boolean
}

export interface ZipLimits {
  /** entries in one archive */
  readonly maxEntries: number
  /** declared uncompressed bytes of one entry */
  readonly maxEntryBytes: number
  /** declared uncompressed bytes of all entries of one archive */
  readonly maxTotalBytes: number
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxEntryBytes: 50 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 }

export type ZipListing = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: string }

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0
// zip64 fields are 8 bytes; sizes past 2^53 are refused by the limits anyway
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 4294967296

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
}

function findEnd(b: Uint8Array): number {
  // the end record is 22 bytes plus a comment of up to 65535
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 65535; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) return i
  }
  return -1
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

/**
 * Lists a .zip from its central directory without decompressing anything, and refuses archives over
 * the limits (too many entries, a declared size too large) before any work is spent on them.
 */
export function listZip(b: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipListing {
  const end = findEnd(b)
  if (end < 0) return { ok: false, reason: '压缩包已损坏（找不到文件目录）' }
  let count = u16(b, end + 10)
  let dirSize = u32(b, end + 12)
  let dirOffset = u32(b, end + 16)
  if (count === 0xffff || dirOffset === 0xffffffff) {
    // zip64: the locator sits just before the end record and points at the zip64 end record
    const loc = end - 20
    if (loc < 0 || u32(b, loc) !== 0x07064b50) return { ok: false, reason: '压缩包已损坏（ZIP64 目录无效）' }
    const z = u64(b, loc + 8)
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) return { ok: false, reason: '压缩包已损坏（ZIP64 目录无效）' }
    count = u64(b, z + 32)
    dirSize = u64(b, z + 40)
    dirOffset = u64(b, z + 48)
  }
  if (count > limits.maxEntries) return { ok: false, reason: `压缩包内文件过多（${count}个，最多${limits.maxEntries}个）` }
  if (dirOffset + dirSize > b.length) return { ok: false, reason: '压缩包不完整或已损坏' }
  const entries: ZipEntry[] = []
  let total = 0
  let at = dirOffset
  const dirEnd = dirOffset + dirSize
  // walk the directory to its end rather than trust the count: some writers store it modulo 65536
  for (let n = 0; at < dirEnd; n++) {
    if (n >= limits.maxEntries) return { ok: false, reason: `压缩包内文件过多（超过${limits.maxEntries}个）` }
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return { ok: false, reason: '压缩包已损坏（文件目录无效）' }
    const flags = u16(b, at + 8)
    const method = u16(b, at + 10)
    const nameLen = u16(b, at + 28)
    const extraLen = u16(b, at + 30)
    const commentLen = u16(b, at + 32)
    let compressedSize = u32(b, at + 20)
    let size = u32(b, at + 24)
    let localOffset = u32(b, at + 42)
    const nameBytes = b.subarray(at + 46, at + 46 + nameLen)
    // zip64 extra field (id 1): the 0xffffffff fields in order: size, compressed size, offset
    for (let e = at + 46 + nameLen; e + 4 <= at + 46 + nameLen + extraLen; ) {
      const id = u16(b, e)
      const len = u16(b, e + 2)
      if (id === 1) {
        let p = e + 4
        if (size === 0xffffffff) {
          size = u64(b, p)
          p += 8
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, p)
          p += 8
        }
        if (localOffset === 0xffffffff) localOffset = u64(b, p)
      }
      e += 4 + len
    }
    // bit 11: UTF-8 names; older Chinese Windows tools write GBK, which is only used for display here
    const name = decodeName(nameBytes, (flags & 0x800) !== 0)
    at += 46 + nameLen + extraLen + commentLen
    if (name.endsWith('/')) continue
    if (size > limits.maxEntryBytes) return { ok: false, reason: `压缩包内的「${name}」解压后过大（${MB(size)}），可能是恶意压缩包` }
    total += size
    if (total > limits.maxTotalBytes) return { ok: false, reason: `压缩包解压后总量过大（超过${MB(limits.maxTotalBytes)}），可能是恶意压缩包` }
    entries.push({ name, method, compressedSize, size, localOffset, encrypted: (flags & 1) !== 0 })
  }
  return { ok: true, entries }
}

const utf8 = new (globalThis as unknown as { TextDecoder: new (l: string) => { decode(b: Uint8Array): string } }).TextDecoder('utf-8')
let gbk: { decode(b: Uint8Array): string } | null | undefined

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  const ascii = bytes.every((c) => c < 0x80)
  if (isUtf8 || ascii) return utf8.decode(bytes)
  if (gbk === undefined) {
    try {
      gbk = new (globalThis as unknown as { TextDecoder: new (l: string, o: object) => { decode(b: Uint8Array): string } }).TextDecoder('gbk', { fatal: false })
    } catch {
      gbk = null
    }
  }
  return (gbk ?? utf8).decode(bytes)
}

export type EntryBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/** One entry's bytes, never more than its declared size (a bomb that lies about it is cut short). */
export function readZipEntry(b: Uint8Array, e: ZipEntry): EntryBytes {
  if (e.encrypted) return { ok: false, reason: '文件已加密，无法读取' }
  const at = e.localOffset
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) return { ok: false, reason: '压缩包内的文件已损坏' }
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28)
  const data = b.subarray(start, start + e.compressedSize)
  if (data.length < e.compressedSize) return { ok: false, reason: '压缩包不完整，文件被截断' }
  if (e.method === 0) return { ok: true, bytes: data.slice(0, e.size) }
  if (e.method !== 8) return { ok: false, reason: `不支持的压缩方式（${e.method}）` }
  return inflateAtMost(data, e.size)
}

/** Compressed input fed in slices: one slice inflates to at most about 16 MB (deflate's ratio is ~1032:1). */
const SLICE = 16 * 1024

/**
 * Inflates, stopping as soon as the output passes `size`: a bomb whose directory understates its size
 * costs no more than the declared bytes and one slice, instead of inflating gigabytes into nothing.
 */
function inflateAtMost(data: Uint8Array, size: number): EntryBytes {
  const out = new Uint8Array(size)
  let got = 0
  let over = false
  const inflater = new Inflate((chunk) => {
    if (over) return
    if (got + chunk.length > size) {
      over = true
      return
    }
    out.set(chunk, got)
    got += chunk.length
  })
  try {
    for (let at = 0; at < data.length && !over; at += SLICE) {
      const end = Math.min(at + SLICE, data.length)
      inflater.push(data.subarray(at, end), end === data.length)
    }
  } catch {
    return { ok: false, reason: '压缩包内的文件已损坏，无法解压' }
  }
  if (over) return { ok: false, reason: '解压后的大小超过压缩包声明的大小，可能是恶意压缩包' }
  return { ok: true, bytes: got === size ? out : out.slice(0, got) }
}
