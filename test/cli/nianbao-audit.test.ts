import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main'
import { runTask } from '../../src/cli/threads'
import { buildCli } from './build-cli'
import { brokenOnlyFolder, cleanFolder, fixtureFolder, twoYearsFolder } from './fixture-folder'

async function run(args: string[]) {
  const lines: string[] = []
  const code = await main(args, (l) => lines.push(l))
  return { code, lines }
}

describe('nianbao-audit (in process)', () => {
  const dir = fixtureFolder()

  it('prints one line per report in path order, the duplicates, a final count; exit 1 on errors', async () => {
    const { code, lines } = await run([dir])
    const rel = lines.map((l) => l.replaceAll(dir, '<dir>'))
    expect(rel.slice(0, 5)).toEqual([
      expect.stringMatching(/^✔ <dir>\/daxing-2024\.json：北京市大兴区科学技术委员会 2024年度，错误0，警告0$/),
      expect.stringMatching(/^✘ <dir>\/daxing-broken\.json：北京市大兴区科学技术委员会 2024年度，错误\d+，警告0（表三\d+）$/),
      expect.stringMatching(/^✔ <dir>\/miyun\.zip\/密云\/miyun-2023\.json：北京市密云区.* 2023年度，错误0/),
      expect.stringMatching(/^✘ <dir>\/scan\.doc：无法读取（不是年度报告文件/),
      expect.stringMatching(/^✔ <dir>\/朝阳区\/chaoyang-2024\.json：/),
    ])
    expect(rel.filter((l) => l.startsWith('重复：'))).toHaveLength(2)
    expect(rel.at(-1)).toBe('共5份：完整4，部分0，无法读取1；有错误1份；重复2份')
    expect(code).toBe(1)
  })

  it('exit 0 when every report is clean, 1 for errors alone; 2 with no input or a bad --out', async () => {
    expect((await run([cleanFolder()])).code).toBe(0)
    expect((await run([brokenOnlyFolder()])).code).toBe(1)
    expect((await run([])).code).toBe(2)
    const bad = await run([dir, '--out', 'x.txt'])
    expect(bad.code).toBe(2)
    expect(bad.lines[0]).toMatch(/\.xlsx、\.csv 或 \.json/)
  })

  it('跨年度: two years of one agency (as files, and inside a .zip) are compared; the later year shows X-1', async () => {
    const years = twoYearsFolder()
    const { code, lines } = await run([years])
    const rel = lines.map((l) => l.replaceAll(years, '<dir>'))
    // the first pass prints each report alone; the 跨年度 pass prints the reports it audited again
    expect(rel.filter((l) => l.startsWith('跨年度：'))).toEqual([
      expect.stringMatching(/^跨年度：✘ <dir>\/a-2024\.json：北京市大兴区科学技术委员会 2024年度，错误[1-9]\d*，警告\d+（.*跨年度[1-9]/),
      expect.stringMatching(/^跨年度：✘ <dir>\/b\.zip\/b\/2024\.json：北京市密云区科学技术局 2024年度，错误[1-9]\d*，警告\d+（.*跨年度[1-9]/),
    ])
    expect(rel.at(-1)).toBe('共4份：完整4，部分0，无法读取0；有错误2份')
    expect(code).toBe(1)
    const out = mkdtempSync(join(tmpdir(), 'nianbao-years-out-'))
    await run([years, '-q', '--out', join(out, 'r.json')])
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { reports: { source: string; fingerprint: string | null; problems: { ruleId: string; family: string }[] }[] }
    // written out, every row has its fingerprint: the rows audited again keep the first audit's
    expect(json.reports.map((r) => r.fingerprint)).toEqual(Array.from({ length: 4 }, () => expect.stringMatching(/^[0-9a-f]{64}$/)))
    const a2024 = json.reports.find((r) => r.source.endsWith('a-2024.json'))
    expect(a2024?.problems.some((p) => p.ruleId === 'X-1' && p.family === '跨年度')).toBe(true)
    expect(json.reports.find((r) => r.source.endsWith('a-2023.json'))?.problems.some((p) => p.family === '跨年度')).toBe(false)
  })

  it('a missing path is a row, the batch goes on', async () => {
    const { code, lines } = await run([join(dir, 'nope.docx'), cleanFolder()])
    expect(lines[0]).toMatch(/nope\.docx：无法读取（找不到该文件或文件夹）/)
    expect(lines.at(-1)).toBe('共3份：完整2，部分0，无法读取1；有错误0份')
    expect(code).toBe(1)
  })

  it('--out .json / .csv / .xlsx hold the same rows and problems', async () => {
    const out = mkdtempSync(join(tmpdir(), 'nianbao-out-'))
    await run([dir, '-q', '--out', join(out, 'r.json')])
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { reports: { source: string; errors: number; problems: { ruleId: string }[] }[] }
    expect(json.reports).toHaveLength(5)
    expect(json.reports.find((r) => r.source.endsWith('daxing-broken.json'))?.problems.map((p) => p.ruleId)).toContain('T3-1')

    await run([dir, '-q', '--out', join(out, 'r.csv')])
    const csv = readFileSync(join(out, 'r.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF机关名称,年度,格式,来源文件')).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(6)
    expect(readFileSync(join(out, 'r.问题.csv'), 'utf8')).toMatch(/T3-1,表三,错误,表三「一、本年新收政府信息公开申请数量」「自然人」/)

    await run([dir, '-q', '--out', join(out, 'r.xlsx')])
    const XLSX = await import('@e965/xlsx')
    const book = XLSX.read(readFileSync(join(out, 'r.xlsx')))
    expect(book.SheetNames).toEqual(['报告', '问题'])
    const reports = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['报告']!)
    expect(reports.map((r) => r['读取状态'])).toEqual(['完整', '完整', '完整', '无法读取', '完整'])
    const problems = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['问题']!)
    expect(problems.some((p) => p['规则'] === 'T3-1' && String(p['单元格']).includes('「自然人」'))).toBe(true)
  })
})

describe('the threads’ answers', () => {
  it('carry the problem lists and fingerprints only when they will be written out (--out); the counts either way', async () => {
    const dir = fixtureFolder()
    const files = [{ path: join(dir, 'daxing-broken.json'), shown: 'daxing-broken.json' }]
    const [[full]] = (await runTask({ kind: 'files', files, detail: true })) as [[import('../../src/core/audit/types').AuditRow]]
    const [[lean]] = (await runTask({ kind: 'files', files, detail: false })) as [[import('../../src/core/audit/types').AuditRow]]
    expect(full.problems.map((p) => p.ruleId)).toContain('T3-1')
    expect(lean.problems).toEqual([])
    expect(full.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(lean.fingerprint).toBeNull()
    expect({ ...lean, problems: full.problems, fingerprint: full.fingerprint }).toEqual(full)
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length / 2)
  })
})

describe('nianbao-audit (built, as npx runs it: node 20, no TypeScript)', () => {
  it('builds to a small entry (the rule engine in a chunk the threads load) that runs on a folder with the same output and exit code', () => {
    const cli = buildCli()
    // the entry starts the threads before loading anything large
    expect(statSync(cli).size).toBeLessThan(4000)
    // a usage error and --help end at once, with the threads the entry may have started stopped
    expect(spawnSync(process.execPath, [cli, '--bogus', '.'], { encoding: 'utf8', timeout: 20_000 }).status).toBe(2)
    expect(spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8', timeout: 20_000 }).status).toBe(0)
    const dir = fixtureFolder()
    const r = spawnSync(process.execPath, [cli, dir], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共5份：完整4，部分0，无法读取1；有错误1份；重复2份')
    expect(r.status).toBe(1)
    const clean = spawnSync(process.execPath, [cli, cleanFolder()], { encoding: 'utf8' })
    expect(clean.status).toBe(0)
    // threads get files in batches: every file, missing ones included, keeps its row and its place
    const one = spawnSync(process.execPath, [cli, dir, 'no-such-file.docx', dir, '--threads=1'], { encoding: 'utf8' })
    const three = spawnSync(process.execPath, [cli, dir, 'no-such-file.docx', dir, '--threads=3'], { encoding: 'utf8' })
    expect(one.stdout).toContain('no-such-file.docx')
    expect(one.stdout.split('\n').filter((l) => l.startsWith('共'))).toEqual(['共11份：完整8，部分0，无法读取3；有错误2份；重复4份'])
    expect(three.stdout).toBe(one.stdout)
    // the 跨年度 pass in threads: the same lines as in one thread
    const years = twoYearsFolder()
    const yearsOne = spawnSync(process.execPath, [cli, years, '--threads=1'], { encoding: 'utf8' })
    const yearsTwo = spawnSync(process.execPath, [cli, years, '--threads=2'], { encoding: 'utf8' })
    expect(yearsOne.stdout.split('\n').filter((l) => l.startsWith('跨年度：'))).toHaveLength(2)
    expect(yearsTwo.stdout).toBe(yearsOne.stdout)
  }, 60_000)
})
