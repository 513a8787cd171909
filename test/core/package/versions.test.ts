import { describe, expect, it } from 'vitest'
import { describeDiff, diffContent } from '../../../src/core/package/version-diff'
import { compactContent, KEEP_LAST, versionKey, versionsToDrop } from '../../../src/core/package/versions'
import { format2021 } from '../../../templates/format-2021'
import { sampleContent } from './fixtures'

describe('version diff', () => {
  it('names the parts that changed, in the words of the template, and counts changed cells', () => {
    const a = sampleContent()
    const b = {
      ...a,
      agency: '另一机关',
      problems: '新的问题',
      cells: { ...a.cells, t3: { new_received: { natural: '13', research: '2' } }, t4: { cases: { review_upheld: '1' } } },
    }
    const d = diffContent(a, b, format2021)
    const headings = format2021.parts.map((p) => p.heading)
    expect(d.cells).toBe(3)
    expect(d.parts).toEqual(['标题和开头', ...headings.filter((h) => /申请|复议|问题/.test(h))])
    expect(describeDiff(d)).toMatch(/，3 个单元格$/)
  })

  it('treats a blank cell and a missing one as the same', () => {
    const a = sampleContent()
    expect(diffContent(a, compactContent(a), format2021)).toEqual({ parts: [], cells: 0 })
    expect(describeDiff({ parts: [], cells: 0 })).toBe('内容无变化')
  })
})

describe('retention', () => {
  const key = (iso: string, n: number) => versionKey('d', iso, String(n).padStart(5, '0'))
  it(`keeps the newest ${KEEP_LAST} and the newest of each of the last 30 days`, () => {
    const now = new Date('2025-03-01T12:00:00Z')
    const recent = Array.from({ length: KEEP_LAST + 5 }, (_, i) => key('2025-03-01T10:00:00.000Z', i))
    const daily = ['2025-02-10T08:00:00.000Z', '2025-02-10T09:00:00.000Z', '2025-02-20T08:00:00.000Z'].map((t, i) => key(t, i))
    const old = [key('2025-01-01T08:00:00.000Z', 0)]
    const drop = versionsToDrop([...old, ...daily, ...recent], now)
    // the 5 oldest of the same moment (made first), the earlier of 2025-02-10, and the one older than 30 days
    expect(drop.sort()).toEqual([...recent.slice(0, 5), daily[0], old[0]].sort())
  })
})
