/**
 * Runs `fn` once the browser is idle (after the frame being prepared is painted), at the latest after
 * `timeoutMs`; returns a cancel function. Where requestIdleCallback is missing, a short timeout.
 */
export function whenIdle(fn: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn(), { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 50)
  return () => clearTimeout(id)
}
