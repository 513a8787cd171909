// Accessibility scan with axe-core, injected into the page (axe.min.js by addScriptTag: @axe-core/playwright
// does not run on node 20). One call per screen: `await expectAccessible(page, testInfo, '报告列表')`.
import { createRequire } from 'node:module'
import { expect, type Page, type TestInfo } from '@playwright/test'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical'

export interface AxeViolation {
  readonly id: string
  readonly impact: Impact | null
  readonly help: string
  /** CSS selectors of the failing nodes (first 5) */
  readonly targets: readonly string[]
  readonly nodes: number
}

export interface AxeScan {
  readonly screen: string
  readonly violations: readonly AxeViolation[]
  /** violations counted by impact */
  readonly byImpact: Readonly<Record<Impact, number>>
}

/** Runs axe on the whole page (WCAG 2.x A/AA and best practices) and returns its violations. */
export async function scanPage(page: Page, screen: string): Promise<AxeScan> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) }))
  })
  const byImpact: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 }
  for (const v of violations) if (v.impact) byImpact[v.impact as Impact] += 1
  return { screen, violations: violations as AxeViolation[], byImpact }
}

/** Scans the screen, attaches the result to the test report, and expects no serious or critical violation. */
export async function expectAccessible(page: Page, testInfo: TestInfo, screen: string): Promise<AxeScan> {
  const scan = await scanPage(page, screen)
  await testInfo.attach(`axe ${screen}`, { body: JSON.stringify(scan, null, 2), contentType: 'application/json' })
  // one line per screen in the output, for the record (the final report quotes these)
  console.log(`axe ${screen}: ${JSON.stringify(scan.byImpact)}${scan.violations.length ? ` ${scan.violations.map((v) => `${v.id}(${v.impact},${v.nodes})`).join(' ')}` : ''}`)
  const blocking = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(blocking, `serious or critical accessibility violations on ${screen}`).toEqual([])
  return scan
}
