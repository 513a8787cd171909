import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, readFileCapped, type FileBytes } from '../../src/cli/read-file'

const dir = mkdtempSync(join(tmpdir(), 'nianbao-read-'))
let n = 0
function file(bytes: Uint8Array | string): string {
  const path = join(dir, `f${n++}`)
  writeFileSync(path, bytes)
  return path
}
/** A data package-like text of about `size` bytes (starts with `{`), each different. */
const packageOf = (size: number, mark: string) => `{"mark":"${mark}","pad":"${'年'.repeat(Math.max(0, Math.floor((size - 30) / 3)))}"}`
const read = (path: string) => {
  const got = readFileCapped(path)
  if (typeof got === 'string') throw new Error(got)
  return got
}

describe('readFileCapped (the command’s reading, one buffer reused from file to file)', () => {
  it('gives each file’s bytes exactly, small and large, packages and other files, one after another', () => {
    const paths = [
      file(''),
      file('{}'),
      file(packageOf(64 * 1024 - 1, 'a')),
      file(new Uint8Array(64 * 1024).fill(0x7b)),
      file(packageOf(64 * 1024 + 7, 'b')),
      file(packageOf(3 * 1024 * 1024, 'c')),
      file(packageOf(1000, 'd')),
      file(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])),
      file(packageOf(200 * 1024, 'e')),
    ]
    for (const p of paths) {
      const got = read(p)
      expect(Buffer.from(got.bytes).equals(readFileSync(p))).toBe(true)
      got.release()
    }
  })

  it('never lets a file read later overwrite bytes still held (only released buffers are reused)', () => {
    const a = file(packageOf(5000, 'first'))
    const b = file(packageOf(5000, 'second'))
    const held: FileBytes = read(a)
    const other = read(b)
    expect(Buffer.from(held.bytes).equals(readFileSync(a))).toBe(true)
    expect(Buffer.from(other.bytes).equals(readFileSync(b))).toBe(true)
    held.release()
    other.release()
  })

  it('copies out a file that is not a data package: its readers may keep or transfer the bytes', () => {
    const docx = file(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))
    const kept = read(docx)
    kept.release()
    // the buffer it was read into is reused by the next files; its own bytes stay as they were
    for (let i = 0; i < 3; i++) read(file(packageOf(100, `x${i}`))).release()
    expect([...kept.bytes]).toEqual([0x50, 0x4b, 3, 4, 1, 2, 3])
  })

  it('refuses a file over the limit by its size, without reading it all', () => {
    const huge = file('{')
    truncateSync(huge, MAX_FILE_BYTES + 1) // sparse: no disk used
    expect(readFileCapped(huge)).toBe('文件过大（512 MB）')
  })
})
