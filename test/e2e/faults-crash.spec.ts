/**
 * Fault injection in the built app (design.md, "Nothing lost"): the tab crashes or is killed right
 * after typing.
 */
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { saveStatus } from './support/fill-report'
import {
  cellValues,
  killPage,
  openSpare,
  pickDistinct,
  reopenIn,
  seededRandom,
  typableCells,
  type KillKind,
} from './support/faults-helpers'
import { newReport, typeInto } from './support/faults-report'

test.describe('the tab dies shortly after typing', () => {
  test('20 crashes and kills at random moments ≥ 1 s after typing, each in another cell: every value is there on reopening', async ({ page, context }) => {
    test.setTimeout(150_000)
    const id = await newReport(page)
    const random = seededRandom(0x2024_0131)
    const cells = pickDistinct(typableCells(format2021), 20, random)
    expect(await page.locator('input[data-path]').count()).toBeGreaterThanOrEqual(typableCells(format2021).length)
    const typed: Record<string, string> = {}
    let current = page
    let spare = await openSpare(context)
    for (const [i, path] of cells.entries()) {
      const value = String(101 + i * 37)
      await typeInto(current, path, value)
      typed[path] = value
      // the next tab loads meanwhile, as another tab of the browser would: the save must not need an idle machine
      const nextSpare = openSpare(context)
      // on screen for 1.0–1.4 s, then the tab dies: half by renderer crash, half by closing without unload
      await current.waitForTimeout(1000 + Math.floor(random() * 401))
      const kind: KillKind = i % 2 === 0 ? 'crash' : 'close'
      await killPage(current, kind)
      current = await reopenIn(spare, id)
      spare = await nextSpare
      const shown = await cellValues(current)
      const lost = Object.entries(typed).filter(([p, v]) => shown[p] !== v).map(([p, v]) => `${p}: typed ${v}, shown「${shown[p]}」`)
      expect(lost, `after ${kind} #${i + 1} (cell ${path})`).toEqual([])
    }
    await expect(saveStatus(current)).toHaveText(/^已保存/)
  })

  test('killed only 50–150 ms after typing (inside the 300 ms debounce): earlier values always survive; a closed tab keeps the new one too', async ({ page, context }, testInfo) => {
    test.setTimeout(120_000)
    const id = await newReport(page)
    const random = seededRandom(0x0150)
    const cells = pickDistinct(typableCells(format2021), 20, random)
    const confirmed: Record<string, string> = {}
    const outcome: Record<KillKind, { survived: number; total: number }> = { crash: { survived: 0, total: 0 }, close: { survived: 0, total: 0 } }
    let current = page
    let spare = await openSpare(context)
    for (const [i, path] of cells.entries()) {
      const value = String(7 + i)
      await typeInto(current, path, value)
      await current.waitForTimeout(50 + Math.floor(random() * 101))
      const kind: KillKind = i % 2 === 0 ? 'crash' : 'close'
      await killPage(current, kind)
      // the next spare loads while this one reopens the report; typing and the kill happen on a quiet machine
      const nextSpare = openSpare(context)
      current = await reopenIn(spare, id)
      const shown = await cellValues(current)
      spare = await nextSpare
      // a death mid-save must never cost what was saved before, nor damage the draft (it opened)
      const lost = Object.entries(confirmed).filter(([p, v]) => shown[p] !== v)
      expect(lost, `after early ${kind} #${i + 1}`).toEqual([])
      outcome[kind].total += 1
      if (shown[path] === value) {
        outcome[kind].survived += 1
        confirmed[path] = value
      } else expect(shown[path], 'a lost value leaves the cell blank, never something else').toBe('')
      // a tab closed (not crashed) still runs pagehide: its recovery copy must bring the value back
      if (kind === 'close') expect(shown[path], `value typed ${path} before close #${i + 1}`).toBe(value)
    }
    const summary = `early kill survival: Page.crash ${outcome.crash.survived}/${outcome.crash.total}, close(runBeforeUnload:false) ${outcome.close.survived}/${outcome.close.total}`
    testInfo.annotations.push({ type: 'early-kill', description: summary })
    console.log(summary)
  })
})
