/**
 * 历史版本 in `npm run bench`: what one snapshot of a report costs on the main thread (compaction and
 * the structured clone IndexedDB makes of the record on put), and how many bytes 50 versions take.
 */
import { performance } from 'node:perf_hooks'
import { compactContent, versionKey, type DraftVersion } from '../src/core/package/versions'
import type { ReportContent } from '../src/core/values/types'
import { format2021 } from '../templates/format-2021'
import { loadSeed, type SeedName } from '../test/fixtures/seeds'

function version(content: ReportContent, at: Date): DraftVersion {
  const iso = at.toISOString()
  return {
    key: versionKey('bench-draft', iso, 'abcdef'),
    draftId: 'bench-draft',
    at: iso,
    reason: 'edit',
    name: `${content.agency} ${content.year}年度`,
    formatId: format2021.id,
    formatVersion: format2021.version,
    content: compactContent(content),
  }
}

/** A few cells and a sentence different each time, as between two versions 10 minutes apart. */
function edited(content: ReportContent, i: number): ReportContent {
  const t3 = content.cells['t3'] ?? {}
  return {
    ...content,
    problems: `${content.problems}第${i}次修改。`,
    cells: { ...content.cells, t3: { ...t3, new_received: { ...t3['new_received'], natural_person: String(100 + i) } } },
  }
}

export function snapshotBench(name: SeedName, reps: number): { ms: number[]; bytes50: number; versionBytes: number; recordBytes: number } {
  const { content } = loadSeed(name)
  const ms: number[] = []
  for (let i = 0; i < reps; i++) {
    const c = edited(content, i)
    const t0 = performance.now()
    structuredClone(version(c, new Date(Date.UTC(2025, 0, 1, 0, i * 10))))
    ms.push(performance.now() - t0)
  }
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8')
  let bytes50 = 0
  for (let i = 0; i < 50; i++) bytes50 += bytes(version(edited(content, i), new Date(Date.UTC(2025, 0, 1, 0, i * 10))))
  return { ms, bytes50, versionBytes: bytes(version(content, new Date(0))), recordBytes: bytes(content) }
}
