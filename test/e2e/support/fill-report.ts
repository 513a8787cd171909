import { expect, type Locator, type Page } from '@playwright/test'
import { chineseNumber } from '../../../src/core/document/numbering'
import { compileTemplate } from '../../../src/core/template-compile/compile'
import type { CellPath, ReportTemplate } from '../../../src/core/template/types'
import { requiredTopics } from '../../../src/core/values/new-content'
import { UNIT_TYPES, type ReportContent, type UnitType } from '../../../src/core/values/types'

/** One numeric cell of a report as the editor shows it. */
export interface CellEntry {
  readonly path: CellPath
  /** the input's accessible name: printed row labels + column labels */
  readonly fullName: string
  readonly tableId: string
  /** the app computes it (a total of a table whose totals are not typed) */
  readonly computed: boolean
  /** the text in the content, '' when blank */
  readonly text: string
}

/** A cell's text in a ReportContent ('' when absent). */
export function cellText(content: ReportContent, path: CellPath): string {
  const [table, row, col] = path.split('.') as [string, string, string]
  return content.cells[table]?.[row]?.[col] ?? ''
}

/** A copy of `content` with some cells replaced ('table.row.col' → text). */
export function withCells(content: ReportContent, changes: Readonly<Record<string, string>>): ReportContent {
  const cells = structuredClone(content.cells) as Record<string, Record<string, Record<string, string>>>
  for (const [path, text] of Object.entries(changes)) {
    const [table, row, col] = path.split('.') as [string, string, string]
    const t = (cells[table] ??= {})
    const r = (t[row] ??= {})
    r[col] = text
  }
  return { ...content, cells }
}

/** Every numeric cell of the template in document order, with its text in `content`. */
export function cellEntries(template: ReportTemplate, content: ReportContent): CellEntry[] {
  const compiled = compileTemplate(template)
  const names = new Set<string>()
  return [...compiled.cells.values()].map((info) => {
    // getByLabel(…, { exact: true }) must find one input: the names have to be unique
    if (names.has(info.fullName)) throw new Error(`two cells are both named「${info.fullName}」`)
    names.add(info.fullName)
    return {
      path: info.path,
      fullName: info.fullName,
      tableId: info.tableId,
      computed: compiled.computedBy.has(info.path) && !content.manualTotals.includes(info.tableId),
      text: cellText(content, info.path),
    }
  })
}

/** The input of one cell, found the way assistive technology finds it: by its accessible name. */
export function cellInput(page: Page, entry: Pick<CellEntry, 'fullName' | 'computed'>): Locator {
  return page.getByLabel(entry.computed ? `${entry.fullName}（自动计算）` : entry.fullName, { exact: true })
}

/** The cell named by `path` in `template`. */
export function cellByPath(page: Page, template: ReportTemplate, path: string, manualTotals: readonly string[] = []): Locator {
  const compiled = compileTemplate(template)
  const info = compiled.cells.get(path as CellPath)
  if (!info) throw new Error(`no cell ${path} in ${template.id}`)
  return cellInput(page, { fullName: info.fullName, computed: compiled.computedBy.has(info.path) && !manualTotals.includes(info.tableId) })
}

export interface NewReport {
  readonly agency: string
  readonly year: number
  readonly unitType: UnitType
}

/** The problems panel and its one-line summary. */
export function problemsPanel(page: Page): { panel: Locator; summary: Locator } {
  const panel = page.getByRole('complementary', { name: '检查结果' })
  return { panel, summary: panel.getByRole('status') }
}

/** The toolbar's save status. */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status', { name: '保存状态' })
}

/** Waits until every change is in IndexedDB (the toolbar says 「已保存 …」). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^已保存/, { timeout: 5_000 })
}

/** On the list page: fills 新建年度报告 and clicks 创建报告; returns the new draft's id once the editor shows. */
export async function createReport(page: Page, meta: NewReport): Promise<string> {
  const form = page.getByRole('form', { name: '新建年度报告' })
  await form.getByLabel('机关名称', { exact: true }).fill(meta.agency)
  await form.getByLabel('报告年度', { exact: true }).fill(String(meta.year))
  await form.getByRole('radio', { name: UNIT_TYPES[meta.unitType], exact: true }).check()
  await form.getByRole('button', { name: '创建报告' }).click()
  await page.waitForURL(/#\/report\/[\w-]+$/)
  await expect(page.getByRole('form', { name: '年度报告内容' })).toBeVisible()
  const id = /#\/report\/([\w-]+)$/.exec(page.url())?.[1]
  if (!id) throw new Error(`no draft id in ${page.url()}`)
  return id
}

const subsectionNo = (i: number) => `（${chineseNumber(i + 1)}）`

/** The sub-sections of part 一 as fieldsets, in document order. */
function subsections(page: Page): Locator {
  return page.getByRole('form', { name: '年度报告内容' }).locator('fieldset.subsection')
}

/**
 * Part 一 as a user builds it: keeps the pre-created topic sections the content uses (matched by
 * topicId), adds the others with 「添加小节」, deletes unused ones, moves each into place with ↑,
 * then types every title and body.
 */
async function typeOverview(page: Page, template: ReportTemplate, content: ReportContent): Promise<void> {
  // what the editor created for a new report, in order; `target` is the content section each one becomes
  const current: { topicId?: string; target: number | null }[] = requiredTopics(template, content.unitType).map((t) => ({ topicId: t.id, target: null }))
  await expect(subsections(page)).toHaveCount(current.length)
  content.overview.forEach((s, target) => {
    const match = s.topicId ? current.find((c) => c.topicId === s.topicId && c.target === null) : undefined
    if (match) match.target = target
  })
  for (let i = current.length - 1; i >= 0; i--) {
    if (current[i]?.target !== null) continue
    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: `删除${subsectionNo(i)}小节`, exact: true }).click()
    current.splice(i, 1)
    await expect(subsections(page)).toHaveCount(current.length)
  }
  for (const [target] of content.overview.entries()) {
    if (current.some((c) => c.target === target)) continue
    await page.getByRole('button', { name: '添加小节', exact: true }).click()
    current.push({ target })
    await expect(subsections(page)).toHaveCount(current.length)
  }
  for (let i = 0; i < current.length; i++) {
    let j = current.findIndex((c) => c.target === i)
    while (j > i) {
      await page.getByRole('button', { name: `${subsectionNo(j)}上移`, exact: true }).click()
      ;[current[j - 1], current[j]] = [current[j] as (typeof current)[number], current[j - 1] as (typeof current)[number]]
      j--
    }
  }
  for (const [i, s] of content.overview.entries()) {
    const box = subsections(page).nth(i)
    await box.getByLabel(`${subsectionNo(i)}小节标题`, { exact: true }).fill(s.title)
    await box.locator('textarea').fill(s.body)
  }
}

function textPartHeading(template: ReportTemplate): string {
  const part = template.parts.find((p) => p.kind === 'text')
  if (!part) throw new Error(`${template.id} has no text part`)
  return part.heading
}

export interface TypeOptions {
  /** cells typed key by key (click, then pressSequentially) instead of locator.fill */
  readonly keyboard?: readonly string[]
}

/**
 * Types a whole ReportContent into the open editor as a user would: opening paragraph, part 一,
 * every cell that is not computed (ticking 「手动填写…的合计」 first for tables in manualTotals),
 * parts 五 and 六. The report must have been created with the content's agency, year and unit type.
 */
export async function typeReport(page: Page, template: ReportTemplate, content: ReportContent, options: TypeOptions = {}): Promise<void> {
  const keyboard = new Set(options.keyboard ?? [])
  await expect(page.getByLabel('单位类型', { exact: true })).toHaveValue(content.unitType)
  await page.getByLabel('开头段落', { exact: true }).fill(content.opening)
  await typeOverview(page, template, content)

  const compiled = compileTemplate(template)
  for (const tableId of content.manualTotals) {
    const table = compiled.tables.get(tableId)
    // a table without totals (表二) has no switch
    if (!table || ![...compiled.computedBy.keys()].some((p) => compiled.cells.get(p)?.tableId === tableId)) continue
    await page.getByRole('checkbox', { name: new RegExp(`^手动填写${table.table.name}的合计`) }).check()
  }
  for (const entry of cellEntries(template, content)) {
    if (entry.computed) continue
    const input = cellInput(page, entry)
    if (keyboard.has(entry.path)) {
      await input.click()
      await input.press('ControlOrMeta+a')
      await input.pressSequentially(entry.text)
    } else {
      await input.fill(entry.text)
    }
  }

  await page.getByRole('textbox', { name: textPartHeading(template), exact: true }).fill(content.problems)
  await page.getByLabel('其他需要报告的事项', { exact: true }).fill(content.other)
}

/** Replaces one cell's text with the keyboard: click, select all, type. */
export async function retypeCell(input: Locator, text: string): Promise<void> {
  await input.click()
  await input.press('ControlOrMeta+a')
  if (text === '') await input.press('Delete')
  else await input.pressSequentially(text)
}

/** What the editor shows, read back from the page (every input's value). */
export interface ShownReport {
  readonly agency: string
  readonly unitType: string
  readonly opening: string
  readonly overview: { title: string; body: string }[]
  /** data-path → value of every numeric input, computed ones included */
  readonly cells: Record<string, string>
  readonly problems: string
  readonly other: string
}

export async function readReport(page: Page, template: ReportTemplate): Promise<ShownReport> {
  const form = page.getByRole('form', { name: '年度报告内容' })
  const overview = await subsections(page).evaluateAll((boxes) =>
    boxes.map((b) => ({
      title: b.querySelector<HTMLInputElement>('input.subsection-title')?.value ?? '',
      body: b.querySelector('textarea')?.value ?? '',
    })),
  )
  const cells = await form.locator('input[data-path]').evaluateAll((inputs) => Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).dataset.path ?? '', (i as HTMLInputElement).value])))
  return {
    agency: await form.getByLabel('机关名称', { exact: true }).inputValue(),
    unitType: await form.getByLabel('单位类型', { exact: true }).inputValue(),
    opening: await form.getByLabel('开头段落', { exact: true }).inputValue(),
    overview,
    cells,
    problems: await form.getByRole('textbox', { name: textPartHeading(template), exact: true }).inputValue(),
    other: await form.getByLabel('其他需要报告的事项', { exact: true }).inputValue(),
  }
}

/**
 * Asserts the editor shows exactly `content`: every text, every typed cell, blank cells blank, and
 * each computed total equal to the content's printed total (when it has one).
 */
export async function expectReportShown(page: Page, template: ReportTemplate, content: ReportContent): Promise<void> {
  const shown = await readReport(page, template)
  const expectedCells: Record<string, string> = {}
  for (const e of cellEntries(template, content)) {
    // a computed total with no printed figure in the content: whatever the app computed
    expectedCells[e.path] = e.computed && e.text === '' ? (shown.cells[e.path] ?? '') : e.text
  }
  expect(shown).toEqual({
    agency: content.agency,
    unitType: content.unitType,
    opening: content.opening,
    overview: content.overview.map((s) => ({ title: s.title, body: s.body })),
    cells: expectedCells,
    problems: content.problems,
    other: content.other,
  })
}

/** The cells of a content that hold text, flattened to path → text (to compare stored content). */
export function filledCells(content: Pick<ReportContent, 'cells'>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [t, rows] of Object.entries(content.cells)) {
    for (const [r, cols] of Object.entries(rows)) {
      for (const [c, text] of Object.entries(cols)) if (typeof text === 'string' && text !== '') out[`${t}.${r}.${c}`] = text
    }
  }
  return out
}

/** The cells a user types for `content` (computed totals left out). */
export function typedCells(template: ReportTemplate, content: ReportContent): Record<string, string> {
  return Object.fromEntries(cellEntries(template, content).filter((e) => !e.computed && e.text !== '').map((e) => [e.path, e.text]))
}
