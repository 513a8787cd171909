/**
 * Crash injection while saves and 历史版本 snapshots are being written: the tab dies at random moments,
 * the clock of the page runs 1000× fast so that every save also keeps a version (10 minutes of editing
 * pass in 0.6 s), and nothing that was on screen for a second may be lost, nor any record damaged.
 */
import { expect, test } from '@playwright/test'
import { format2021 } from '../../templates/format-2021'
import { saveStatus } from './support/fill-report'
import { cellValues, killPage, openSpare, pickDistinct, readRawRecord, reopenIn, seededRandom, typableCells, type KillKind } from './support/faults-helpers'
import { newReport, typeInto } from './support/faults-report'
import { versionRecords } from './support/drafts-store-helpers'

test('20 crash injections mid-save and mid-snapshot lose nothing that was on screen ≥ 1 s', async ({ page, context }) => {
  test.setTimeout(240_000)
  // the page's clock runs 1000× fast (Date only; timers keep real time): each save is due a version
  // one epoch for every tab, so that their clocks agree
  await context.addInitScript((epoch: number) => {
    const RealDate = Date
    const fast = () => epoch + (RealDate.now() - epoch) * 1000
    class FastDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fast())
        else super(...(args as [number]))
      }
      static override now() {
        return fast()
      }
    }
    ;(globalThis as { Date: DateConstructor }).Date = FastDate as DateConstructor
  }, Date.now())
  const id = await newReport(page)
  const random = seededRandom(0x11_2026)
  const cells = pickDistinct(typableCells(format2021), 40, random)
  const steady: Record<string, string> = {}
  const late: Record<string, string> = {}
  let current = page
  let spare = await openSpare(context)
  for (let i = 0; i < 20; i++) {
    const [held, last] = [cells[2 * i] ?? '', cells[2 * i + 1] ?? '']
    await typeInto(current, held, String(200 + i))
    steady[held] = String(200 + i)
    await current.waitForTimeout(1000)
    // then one more value, and the tab dies while it is being saved (and its version kept)
    await typeInto(current, last, String(500 + i))
    await current.waitForTimeout(Math.floor(random() * 450))
    const kind: KillKind = i % 2 === 0 ? 'crash' : 'close'
    await killPage(current, kind)
    const nextSpare = openSpare(context)
    current = await reopenIn(spare, id)
    spare = await nextSpare
    const shown = await cellValues(current)
    const lost = Object.entries(steady).filter(([p, v]) => shown[p] !== v).map(([p, v]) => `${p}: ${v} → 「${shown[p]}」`)
    expect(lost, `after ${kind} #${i + 1}`).toEqual([])
    // the value typed just before the kill is there or blank, never anything else
    expect([String(500 + i), '']).toContain(shown[last])
    if (shown[last]) late[last] = String(500 + i)
    for (const [p, v] of Object.entries(late)) expect(shown[p], `earlier late value ${p}`).toBe(v)
  }
  await expect(saveStatus(current)).toHaveText(/^已保存/)
  // the record and every version are intact and readable
  expect(await readRawRecord(current, id)).toMatchObject({ id, schemaVersion: 2 })
  const versions = await versionRecords(current, id)
  expect(versions.length).toBeGreaterThan(5)
  for (const v of versions) expect(v.content === null || typeof v.content === 'object').toBe(true)
  await current.evaluate((hash) => (window.location.hash = hash), `#/report/${id}/history`)
  await expect(current.getByRole('heading', { name: /^历史版本：/ })).toBeVisible()
  await expect(current.getByRole('row')).toHaveCount(versions.length + 1)
})
