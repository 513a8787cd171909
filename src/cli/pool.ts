/**
 * Runs `work` over the items with at most `limit` in flight, and hands results to `emit` in input order
 * (a result that finishes early waits in a buffer no larger than the window). Items are pulled from the
 * iterator only as slots free up, so a walk of 100,000 files is never held in memory.
 */
export async function inOrder<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const done = new Map<number, R>()
  const running = new Set<Promise<void>>()
  let next = 0
  let index = 0
  const flush = () => {
    while (done.has(next)) {
      const r = done.get(next) as R
      done.delete(next)
      emit(r, next)
      next += 1
    }
  }
  for await (const item of items) {
    const i = index++
    const p: Promise<void> = work(item, i).then((r) => {
      done.set(i, r)
      flush()
      running.delete(p)
    })
    running.add(p)
    // wait for a slot, and never let finished results pile up behind a slow one beyond the window
    while (running.size > 0 && (running.size >= limit || done.size > limit * 64)) await Promise.race(running)
  }
  await Promise.all(running)
  flush()
}
