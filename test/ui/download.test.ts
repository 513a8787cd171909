// @vitest-environment node
import fc from 'fast-check'
import { safeFileName } from '../../src/ui/download'

describe('safeFileName (data package and raw export names)', () => {
  it('replaces what Windows refuses, drops invisible format characters and lone surrogates', () => {
    expect(safeFileName('科委:年报/初稿')).toBe('科委_年报_初稿')
    expect(safeFileName('年报\u202Enosj.exe')).toBe('年报nosj.exe')
    expect(safeFileName('\uFEFF年报\u200B\uD800\uFFFF')).toBe('年报')
    expect(safeFileName('\u202E\u200B')).toBe('年度报告')
  })

  it('for any name: well-formed, no control or format characters, at most 80 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const safe = safeFileName(name)
        expect(safe).not.toMatch(/\p{Cs}/u)
        expect(safe).not.toMatch(/[\p{Cc}\p{Cf}\uFFFE\uFFFF\\/:*?"<>|]/u)
        expect([...safe].length).toBeLessThanOrEqual(80)
        expect(safe.length).toBeGreaterThan(0)
      }),
      { numRuns: 2_000 },
    )
  })
})
