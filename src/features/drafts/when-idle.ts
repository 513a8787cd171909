export interface IdleTask {
  /** a change happened: run after the next pause of `quietMs`, once the browser is idle */
  poke(): void
  /** drop a pending run */
  cancel(): void
}

/**
 * Runs `fn` after a pause of `quietMs` in pokes and then once the browser is idle (after the frame being
 * prepared is painted), at the latest `timeoutMs` after the pause. The editor pokes it on each keystroke
 * for work a keystroke can leave for later. A poke only notes the time: one timer per pause, checked
 * when it fires, rather than a timer cleared and set again on every keystroke (measurable at 4× CPU).
 * Where requestIdleCallback is missing, the pause alone.
 */
export function createIdleTask(fn: () => void, { quietMs = 150, timeoutMs = 200 } = {}): IdleTask {
  let last = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const run = () => {
    idle = undefined
    fn()
  }
  const check = () => {
    const wait = last + quietMs - Date.now()
    if (wait > 0) {
      timer = setTimeout(check, wait)
      return
    }
    timer = undefined
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: timeoutMs })
    else fn()
  }
  return {
    poke() {
      last = Date.now()
      if (timer === undefined && idle === undefined) timer = setTimeout(check, quietMs)
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
      timer = idle = undefined
    },
  }
}
