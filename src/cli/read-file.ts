import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { looksLikeJson } from '../core/audit/audit-source'

/** A single file larger than this is not a report (zips of many reports included). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024
/** Buffers kept for reuse grow to the largest data package read, up to this. */
const MAX_KEPT = 8 * 1024 * 1024
const FIRST_SIZE = 64 * 1024

/** Buffers no file holds now: a thread reads file after file into the same one. */
const free: Uint8Array[] = []

export interface FileBytes {
  readonly bytes: Uint8Array
  /** Done with the bytes: a data package's may be a reused buffer, read into again after this. */
  readonly release: () => void
}

const keep = (buffer: Uint8Array) => {
  if (buffer.length <= MAX_KEPT && free.length < 4) free.push(buffer)
}

/**
 * Reads one file whole, synchronously (for a batch of small files several times faster than the promise
 * API, and the audit is bound by the rule engine anyway), into a buffer reused from file to file: a new
 * array per file cost a fresh allocation and its page faults, a large part of a data package's reading.
 * Only a data package's bytes stay in the reused buffer (they are only decoded to text, at once); any
 * other file's are copied out, since its readers may keep or transfer them (pdf.js does). A buffer is
 * reused only once released, so files read at the same time never share one.
 */
export function readFileCapped(path: string): FileBytes | string {
  const fd = openSync(path, 'r')
  let buffer = free.pop() ?? new Uint8Array(FIRST_SIZE)
  try {
    let at = 0
    for (;;) {
      if (at === buffer.length) {
        // full: the file's size says how much more (plus one, to see the end)
        const size = fstatSync(fd).size
        if (size > MAX_FILE_BYTES || at >= MAX_FILE_BYTES) {
          keep(buffer)
          return `文件过大（${Math.round(Math.max(size, at) / 1024 / 1024)} MB）`
        }
        const bigger = new Uint8Array(Math.max(size + 1, buffer.length * 2))
        bigger.set(buffer)
        buffer = bigger
      }
      const n = readSync(fd, buffer, at, buffer.length - at, at)
      if (n === 0) break
      at += n
    }
    const bytes = buffer.subarray(0, at)
    if (looksLikeJson(bytes)) {
      const mine = buffer
      return { bytes, release: () => keep(mine) }
    }
    const own = bytes.slice()
    keep(buffer)
    return { bytes: own, release: () => {} }
  } finally {
    closeSync(fd)
  }
}
