/**
 * Rows from the workers, handed to the page in one piece at most every `everyMs`, and held back while the
 * user types: the table re-rendering for new rows in the frame of a keystroke is what made typing in the
 * search box lag while a batch was read (key → painted p95 54–56 ms against 31–63 idle; held: 36–38).
 * During a hold the page is still told every `everyMs` that the batch moved (an empty delivery: the
 * progress line), and no hold keeps items longer than `maxHoldMs`.
 */
export interface ArrivalBuffer<T> {
  /** items to deliver; an empty list only asks for a delivery (progress moved) */
  push(items: readonly T[]): void
  /** nothing is delivered for the next `ms` (each keystroke extends it) */
  hold(ms: number): void
  /** how much of the last hold is left, in ms (0 when none): the reading pool waits as long */
  heldFor(): number
  /** deliver now, hold or not (the batch ended) */
  flushNow(): void
  /** drop what is pending */
  clear(): void
}

export interface ArrivalOptions<T> {
  readonly everyMs: number
  readonly maxHoldMs: number
  readonly deliver: (items: T[]) => void
  readonly now?: () => number
}

export function arrivalBuffer<T>({ everyMs, maxHoldMs, deliver, now = () => performance.now() }: ArrivalOptions<T>): ArrivalBuffer<T> {
  let pending: T[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let quietUntil = 0
  // when the oldest undelivered arrival came: a hold cannot push delivery past it + maxHoldMs
  let since: number | null = null

  const flushNow = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    since = null
    const items = pending
    pending = []
    deliver(items)
  }
  const due = () => {
    timer = null
    const t = now()
    const until = Math.min(quietUntil, (since ?? t) + maxHoldMs)
    if (until <= t) return flushNow()
    // held: the page still hears that the batch moved (progress), the items wait
    deliver([])
    timer = setTimeout(due, Math.min(everyMs, until - t))
  }
  return {
    push(items) {
      since ??= now()
      for (const item of items) pending.push(item)
      timer ??= setTimeout(due, everyMs)
    },
    hold(ms) {
      quietUntil = Math.max(quietUntil, now() + ms)
    },
    heldFor: () => Math.max(0, quietUntil - now()),
    flushNow,
    clear() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      since = null
      pending = []
    },
  }
}
