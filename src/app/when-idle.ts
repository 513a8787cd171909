/**
 * Runs `fn` after a pause of `quietMs` and then once the browser is idle (after the frame being prepared
 * is painted), at the latest `timeoutMs` after the pause; returns a cancel function. The editor uses it
 * for work a keystroke can leave for later, restarting the wait on each keystroke.
 * Where requestIdleCallback is missing, the pause alone.
 */
export function whenIdle(fn: () => void, { quietMs = 150, timeoutMs = 200 } = {}): () => void {
  let idle: number | undefined
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => fn(), { timeout: timeoutMs })
    else fn()
  }, quietMs)
  return () => {
    clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
