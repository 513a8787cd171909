import { describe, expect, it } from 'vitest'
import { CELL_KINDS, type CellKind } from '../../../src/core/template/types'
import { normalizeCell } from '../../../src/core/values/normalize-cell'

/** Every text of up to four digits, as cells hold them: the short way for 0…999 must read what the long way reads. */
const grow = (prefix: string): string[] => (prefix.length === 4 ? [prefix] : [...(prefix ? [prefix] : []), ...[...'0123456789'].flatMap((d) => grow(prefix + d))])
const texts = grow('')

describe('normalizeCell on plain digits', () => {
  it('reads every text of one to four digits as its number, canonical text without leading zeros; 0…999 as shared readings', () => {
    expect(texts).toHaveLength(11_110)
    for (const kind of Object.values(CELL_KINDS) as CellKind[]) {
      for (const t of texts) {
        const r = normalizeCell(t, kind)
        const canonical = String(Number(t))
        expect(r.status === 'ok' && [r.value, r.text]).toEqual([Number(t), canonical])
        // a text with leading zeros is not its canonical form: the long way reads it (and the reading is not the shared one)
        if (t !== canonical) expect(r).not.toBe(normalizeCell(canonical, kind))
        else if (Number(t) < 1000) expect(r).toBe(normalizeCell(t, kind))
      }
    }
  })
})
