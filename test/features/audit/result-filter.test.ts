import { auditSource } from '../../../src/core/audit/audit-source'
import { markDuplicates } from '../../../src/core/audit/duplicates'
import { NO_FILTER, visibleRows } from '../../../src/features/audit/result-filter'
import { FORMATS } from '../../../templates'
import { brokenSeedPackage, seedPackage } from '../../core/audit/sources'

describe('the result table: filter, search, sort', async () => {
  const opts = { formats: FORMATS }
  const rows = markDuplicates([
    ...(await auditSource(seedPackage('daxing-2024'), 'a.json', opts)),
    ...(await auditSource(brokenSeedPackage(), 'b.json', opts)),
    ...(await auditSource(seedPackage('miyun-2023'), 'c.json', opts)),
    ...(await auditSource(new Uint8Array([1, 2, 3]), 'd.bin', opts)),
  ])
  const sources = (f: Partial<typeof NO_FILTER>) => visibleRows(rows, { ...NO_FILTER, ...f }).map((r) => r.source)

  it('only with errors keeps the reports with errors and the unreadable files', () => {
    expect(sources({ onlyErrors: true })).toEqual(['b.json', 'd.bin'])
  })
  it('by rule id or by family, by year, by agency', () => {
    expect(sources({ rule: 'T3-1' })).toEqual(['b.json'])
    expect(sources({ rule: '表三' })).toEqual(['b.json'])
    expect(sources({ rule: '表四' })).toEqual([])
    expect(sources({ year: '2023' })).toEqual(['c.json'])
    expect(sources({ search: '密云' })).toEqual(['c.json'])
  })
  it('sorts by errors descending, stable for ties', () => {
    expect(sources({ sort: 'errors', descending: true })[0]).toBe('b.json')
    expect(sources({ sort: 'status' })[0]).toBe('d.bin')
  })
})
