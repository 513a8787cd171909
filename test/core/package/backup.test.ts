// @vitest-environment node
import { BACKUP_KIND, parseBackup, serializeBackup } from '../../../src/core/package/backup'
import { serializePackage } from '../../../src/core/package/data-package'
import { FORMATS } from '../../../templates/index'
import { sampleContent, sampleDraft, TODAY } from './fixtures'

describe('backup of all drafts (导出全部报告)', () => {
  const drafts = [
    sampleDraft({ id: 'a', name: '科委 2024年度' }),
    sampleDraft({ id: 'b', name: '教委 2023年度', content: sampleContent({ year: 2023, agency: '教委' }) }),
  ]

  it('reads back every draft with its content and name', () => {
    const parsed = parseBackup(serializeBackup(drafts, TODAY), FORMATS, TODAY)
    expect(parsed?.ok).toBe(true)
    if (!parsed?.ok) return
    expect(parsed.items.map((i) => i.result.ok && i.result.name)).toEqual(['科委 2024年度', '教委 2023年度'])
    expect(parsed.items.map((i) => i.result.ok && i.result.content)).toEqual(drafts.map((d) => d.content))
  })

  it('each entry is the package 导出数据包 writes', () => {
    const file = JSON.parse(serializeBackup(drafts, TODAY)) as { kind: string; packages: unknown[] }
    expect(file.kind).toBe(BACKUP_KIND)
    expect(file.packages).toEqual(drafts.map((d) => JSON.parse(serializePackage(d, TODAY))))
  })

  it('a damaged report in the file is refused on its own, with its name and reason; the others still read', () => {
    const file = JSON.parse(serializeBackup(drafts, TODAY)) as { packages: { content: { year: unknown } }[] }
    const first = file.packages[0]
    if (first) first.content.year = 'x'
    const parsed = parseBackup(JSON.stringify(file), FORMATS, TODAY)
    if (!parsed?.ok) throw new Error('expected a backup')
    expect(parsed.items[0]?.label).toBe('科委 2024年度')
    expect(parsed.items[0]?.result).toEqual({ ok: false, message: expect.stringContaining('报告年度') })
    expect(parsed.items[1]?.result.ok).toBe(true)
  })

  it('a single package, or any other file, is not a backup; a damaged or newer backup is refused in Chinese', () => {
    expect(parseBackup(serializePackage(drafts[0] ?? sampleDraft()), FORMATS, TODAY)).toBeUndefined()
    expect(parseBackup('{"theme":"dark"}', FORMATS, TODAY)).toBeUndefined()
    const text = serializeBackup(drafts, TODAY)
    expect(parseBackup(text.slice(0, 100), FORMATS, TODAY)).toEqual({ ok: false, message: '文件已损坏或不完整，无法读取' })
    expect(parseBackup(text.replace('"backupVersion": 1', '"backupVersion": 9'), FORMATS, TODAY)).toEqual({ ok: false, message: expect.stringContaining('更新版本') })
    expect(parseBackup(JSON.stringify({ kind: BACKUP_KIND, packages: 'x' }), FORMATS, TODAY)).toEqual({ ok: false, message: '文件已损坏或不完整，无法读取' })
  })

  it('a forbidden key in one report refuses that report', () => {
    const text = serializeBackup(drafts, TODAY).replace('"content": {', '"content": { "__proto__": { "x": 1 },')
    const parsed = parseBackup(text, FORMATS, TODAY)
    if (!parsed?.ok) throw new Error('expected a backup')
    expect(parsed.items[0]?.result).toEqual({ ok: false, message: '数据包含有不允许的字段名' })
  })
})
