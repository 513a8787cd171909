import fc from 'fast-check'
import { canonicalContent, fingerprint, groupedFingerprint } from '../../../src/core/audit/fingerprint'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import { format2021 } from '../../../templates/format-2021'
import { setCells, typedPaths } from '../../builders'
import { loadSeed, SEED_NAMES } from '../../fixtures/seeds'
import { createHash } from 'node:crypto'

const seeds = SEED_NAMES.map((n) => loadSeed(n).content)

describe('report fingerprint (SHA-256 of the canonical content)', () => {
  it('is the SHA-256 of the canonical text, 64 hex digits', async () => {
    const c = seeds[0]!
    const hex = await fingerprint(format2021, c)
    expect(hex).toMatch(/^[0-9a-f]{64}$/)
    expect(hex).toBe(createHash('sha256').update(canonicalContent(format2021, c), 'utf8').digest('hex'))
    expect(groupedFingerprint(hex).split(' ')).toHaveLength(8)
  })

  it('is stable: the same content in another key order, another draft, other spellings of the same figures', async () => {
    const c = seeds[1]!
    const reordered = JSON.parse(JSON.stringify({ ...c, cells: Object.fromEntries(Object.entries(c.cells).reverse()) }))
    const withIds = { ...c, overview: c.overview.map((s, i) => ({ ...s, id: `other-${i}` })) }
    const path = typedPaths(format2021).find((p) => p.startsWith('t3.new_received.natural_person'))!
    const [t, r, col] = path.split('.') as [string, string, string]
    const raw = c.cells[t]?.[r]?.[col] ?? ''
    const fullWidth = setCells(c, { [path]: ` ${raw.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ` })
    const a = await fingerprint(format2021, c)
    expect(await fingerprint(format2021, reordered)).toBe(a)
    expect(await fingerprint(format2021, withIds)).toBe(a)
    expect(await fingerprint(format2021, fullWidth)).toBe(a)
    // the three seeds are three different reports
    expect(new Set(await Promise.all(seeds.map((s) => fingerprint(format2021, s)))).size).toBe(3)
  })

  it('changes with any one figure, by any amount', async () => {
    const c = seeds[2]!
    const base = await fingerprint(format2021, c)
    const paths = [...compileTemplate(format2021).cells.keys()].filter((p) => !p.startsWith('p6.'))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.integer({ min: 1, max: 9 }), async (path, delta) => {
        const [t, r, col] = path.split('.') as [string, string, string]
        const before = Number(c.cells[t]?.[r]?.[col] ?? '0') || 0
        expect(await fingerprint(format2021, setCells(c, { [path]: String(before + delta) }))).not.toBe(base)
      }),
      { numRuns: 60 },
    )
  })

  // printed on 勾稽校验单: a later version must give the same fingerprint for the same report
  it('is the same as in the version that printed the first 校验单 (values recorded 2026-12-03)', async () => {
    expect(await Promise.all(SEED_NAMES.map((n) => fingerprint(format2021, loadSeed(n).content)))).toEqual([
      'd6d860a96b49cbbf9edff13120dfe6174eb2c71f0bb25429bbfa7f7f2c1efc86',
      '1fca05e84209251524ef5b1b11134795d34df1a1b15163606455cb97ddec10ee',
      'd73ac7f98756aebe6701e2309c2d6a6ae1869499ca0a627444751c94e2060301',
    ])
    // an unreadable figure with quotes and a backslash, a blank, decimals, manual tables, a line break in the name
    const c = loadSeed('daxing-2024').content
    const odd = {
      ...setCells(c, { 't3.new_received.natural_person': '12a"\\', 't3.new_received.commercial': ' ', 't2.admin_fees.amount': '1,234.5600', 'p6.fees.collected_amount': '12.5' }),
      manualTotals: ['t3', 't2'],
      agency: ' 北京市\r\n大兴区 ',
    }
    expect(await fingerprint(format2021, odd)).toBe('3a1e88f760ea636ce8216400f5a4a42ced699ce7fa099fcf0e3eac78973e4213')
  })

  it('changes with the agency, the year, a word of the text, a blank cell', async () => {
    const c = seeds[0]!
    const base = await fingerprint(format2021, c)
    const variants = [
      { ...c, agency: `${c.agency}办公室` },
      { ...c, year: c.year - 1 },
      { ...c, problems: `${c.problems}另` },
      { ...c, overview: c.overview.map((s, i) => (i === 0 ? { ...s, body: `${s.body}。` } : s)) },
      setCells(c, { 't3.new_received.natural_person': '' }),
    ]
    const prints = await Promise.all(variants.map((v) => fingerprint(format2021, v)))
    expect(new Set([base, ...prints]).size).toBe(variants.length + 1)
  })
})
