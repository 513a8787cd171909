/**
 * Unpacks the parts of a .docx that the reader needs, streaming, so that a zip bomb is stopped after
 * MAX_UNZIPPED_BYTES of output instead of being inflated whole (the sizes a zip declares can lie), and a
 * zip with too many entries is refused. Truncated archives are recognised by their missing end record.
 */
import { Unzip, UnzipInflate } from 'fflate'
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MESSAGES, ReadStop } from '../limits'

const CHUNK = 16 * 1024

/** Is there an end-of-central-directory record near the end (a complete zip has one)? */
function hasEndRecord(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 22 - 65_535)
  for (let i = bytes.length - 22; i >= stop; i -= 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true
  }
  return false
}

export interface ZipEntries {
  /** every entry name in the archive */
  readonly names: ReadonlySet<string>
  /** the wanted entries, complete */
  readonly files: ReadonlyMap<string, Uint8Array>
}

/** Unpacks the entries `wanted` accepts; throws ReadStop with a Chinese message on a bad archive. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntries {
  if (!hasEndRecord(bytes)) throw new ReadStop(MESSAGES.truncated)
  const names = new Set<string>()
  const chunks = new Map<string, Uint8Array[]>()
  const files = new Map<string, Uint8Array>()
  let total = 0
  let stop: string | undefined
  const unzip = new Unzip((file) => {
    names.add(file.name)
    if (names.size > MAX_ZIP_ENTRIES) stop = MESSAGES.zipBomb
    if (stop || !wanted(file.name)) return
    const parts: Uint8Array[] = []
    chunks.set(file.name, parts)
    file.ondata = (err, data, final) => {
      if (err) {
        stop ??= MESSAGES.badXml(file.name)
        return
      }
      total += data.length
      if (total > MAX_UNZIPPED_BYTES) {
        stop = MESSAGES.zipBomb
        file.terminate()
        return
      }
      parts.push(data)
      if (final) files.set(file.name, concat(parts))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let i = 0; i < bytes.length && !stop; i += CHUNK) unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length)
  } catch (e) {
    if (e instanceof ReadStop) throw e
    // fflate reports a corrupt stream by throwing (invalid block type, unexpected EOF…)
    stop ??= MESSAGES.truncated
  }
  if (stop) throw new ReadStop(stop)
  return { names, files }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
