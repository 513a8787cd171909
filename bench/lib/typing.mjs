// Typing latency in 表三: the same edit script on the app and on the control page, alternating.
import { sleep } from './stats.mjs'
import { seededRandom as rng } from './seeded-random.mjs'

/** Event Timing entry types that belong to a keystroke. */
const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input'])


/**
 * The edit script. Cells (those with no problem in the seed) are shuffled and taken two at a time:
 * A gets a leading 「1」 (its column and row no longer add up: a 勾稽 error), then B, then A's 「1」 is
 * deleted with Backspace, then B's, which clears the errors again. Every edit is one real key press,
 * and each of them changes a value the rule engine reads. Once every cell has had its turn the cells are
 * shuffled again, so a script may hold more edits than 表三 has cells. `warmupBlocks` blocks come first
 * and are not counted; the counted blocks are split into `rounds` rounds that alternate between the pages.
 *
 * Each edit also gets a pause of 0–16.7 ms (one frame at 60 Hz) added to the settle time before its key.
 * Without it every key came a fixed time after the previous edit's frame, so all keys met Chromium's
 * frame clock at nearly one phase; whether that phase fell before or after the point where the renderer
 * can still start the next frame decided the p95, and it drifted (the slow keys came every 9th edit, the
 * beat of the edit period against the 60 Hz clock). A person's keys come at any phase: so do these.
 */
export function editScript(cells, { warmupBlocks, blocks, rounds, seed = 7 }) {
  const next = rng(seed)
  const phase = rng(seed + 1)
  const pause = () => Math.round(phase() * 167) / 10
  const pool = cells.filter((c) => c.severity === '' && c.value !== '')
  if (pool.length < 4) throw new Error(`only ${pool.length} cells without a problem to edit`)
  let deck = []
  const draw = () => {
    if (deck.length === 0) {
      deck = [...pool]
      for (let i = deck.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[deck[i], deck[j]] = [deck[j], deck[i]]
      }
    }
    return deck.pop()
  }
  const block = (a, b) => [
    { path: a.path, op: 'make', caret: 0, key: '1', value: `1${a.value}`, pauseMs: pause() },
    { path: b.path, op: 'make', caret: 0, key: '1', value: `1${b.value}`, pauseMs: pause() },
    { path: a.path, op: 'clear', caret: 1, key: 'Backspace', value: a.value, pauseMs: pause() },
    { path: b.path, op: 'clear', caret: 1, key: 'Backspace', value: b.value, pauseMs: pause(), blockEnd: true },
  ]
  const all = []
  const used = new Set()
  for (let i = 0; i < warmupBlocks + blocks; i++) {
    const a = draw()
    let b = draw()
    // across a reshuffle the two could be one cell
    if (b.path === a.path) b = draw()
    used.add(a.path).add(b.path)
    all.push(block(a, b))
  }
  const warmup = all.slice(0, warmupBlocks).flat()
  const counted = all.slice(warmupBlocks)
  const perRound = Math.ceil(counted.length / rounds)
  const roundList = []
  for (let r = 0; r < rounds; r++) roundList.push(counted.slice(r * perRound, (r + 1) * perRound).flat())
  return { warmup, rounds: roundList.filter((r) => r.length > 0), cellsUsed: used.size }
}

/**
 * In the page: checks the previous edit landed (value; on the app, the cell's mark and the problems
 * panel), then focuses the next cell with the caret placed and arms the probe.
 */
function prepareInPage([prev, next, isApp, baseline]) {
  const q = (path) => document.querySelector(`input[data-path="${path}"]`)
  let problem = null
  if (prev) {
    const el = q(prev.path)
    if (!el) problem = `no input ${prev.path}`
    else if (el.value !== prev.value) problem = `${prev.path}: value ${JSON.stringify(el.value)}, expected ${JSON.stringify(prev.value)}`
    else if (isApp && prev.op === 'make' && el.dataset.severity !== 'error') problem = `${prev.path}: not marked as an error after a 勾稽 break`
    else if (isApp && prev.op === 'make' && !/[1-9]\d*个错误/.test(document.querySelector('.problems-summary')?.textContent ?? '')) {
      problem = `${prev.path}: the problems panel shows no error after a 勾稽 break`
    } else if (isApp && prev.blockEnd && document.querySelectorAll('input[data-path^="t3."][data-severity]').length !== baseline.marks) {
      problem = `${prev.path}: 表三 still has marks after every change was undone`
    } else if (isApp && prev.blockEnd && document.querySelector('.problems-summary')?.textContent !== baseline.summary) {
      problem = `${prev.path}: the problems panel did not return to 「${baseline.summary}」 after every change was undone`
    }
  }
  if (next) {
    const el = q(next.path)
    el.focus()
    el.setSelectionRange(next.caret, next.caret)
  }
  window.__bench.arm()
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(problem))))
}

/** Runs `edits` on one page; returns per-edit { start, end, handlerAt, eventMs } and problems seen. */
export async function runEdits(page, edits, { isApp, settleMs }) {
  const eventsFrom = await page.evaluate(() => window.__bench.events.length)
  // marks in 表三 before the first edit: after each block they must be back to this
  const baseline = await page.evaluate(() => ({
    marks: document.querySelectorAll('input[data-path^="t3."][data-severity]').length,
    summary: document.querySelector('.problems-summary')?.textContent ?? null,
  }))
  const out = []
  const problems = []
  let prev = null
  for (const edit of edits) {
    const problem = await page.evaluate(prepareInPage, [prev, edit, isApp, baseline])
    if (problem) problems.push(problem)
    await sleep(settleMs + (edit.pauseMs ?? 0))
    await page.keyboard.press(edit.key)
    const r = await page.evaluate(() => window.__bench.last)
    if (!r) throw new Error('the probe saw no keydown')
    out.push({ path: edit.path, op: edit.op, start: r.start, end: r.end, handlerAt: r.handlerAt })
    prev = edit
  }
  const last = await page.evaluate(prepareInPage, [prev, null, isApp, baseline])
  if (last) problems.push(last)
  // Event Timing entries arrive after the frame; give the observer time to deliver them
  await sleep(300)
  const events = await page.evaluate((from) => window.__bench.events.slice(from), eventsFrom)
  for (let i = 0; i < out.length; i++) {
    const from = out[i].start - 0.5
    const to = i + 1 < out.length ? out[i + 1].start - 0.5 : Number.POSITIVE_INFINITY
    const mine = events.filter((e) => KEY_EVENTS.has(e.name) && e.start >= from && e.start < to)
    // no entry: every event of the keystroke took less than the 16 ms the API reports
    out[i].eventMs = mine.length ? Math.max(...mine.map((e) => e.duration)) : 0
    out[i].eventEntries = mine.length
  }
  return { edits: out, problems }
}

/**
 * The whole typing benchmark at one CPU rate: warm-up on both pages, then the rounds alternating
 * app/control (ABBA order, so drift in machine load affects both alike).
 */
export async function typingRun({ app, control, script, settleMs, log }) {
  // The same pointer on both pages, resting in the top-left corner (the app's sticky toolbar, the control's
  // margin), as a user's hand is on the keyboard. Otherwise the app's pointer stays where its 「打开」 click
  // left it, over the form, and the hover changes as the page scrolls from cell to cell cost it frames the
  // control (whose pointer was never moved) does not pay.
  for (const page of [app, control]) await page.mouse.move(0, 0)
  await runEdits(app, script.warmup, { isApp: true, settleMs })
  await runEdits(control, script.warmup, { isApp: false, settleMs })
  const res = { app: [], control: [], problems: [] }
  for (let r = 0; r < script.rounds.length; r++) {
    const order = r % 2 === 0 ? ['app', 'control'] : ['control', 'app']
    for (const which of order) {
      const page = which === 'app' ? app : control
      const got = await runEdits(page, script.rounds[r], { isApp: which === 'app', settleMs })
      res[which].push(...got.edits)
      res.problems.push(...got.problems.map((p) => `${which}: ${p}`))
    }
    log?.(`  round ${r + 1}/${script.rounds.length}`)
  }
  return res
}
