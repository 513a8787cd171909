import { runPool } from '../../../src/features/audit/audit-pool'

/** A worker that never answers: a file stuck in reading. */
class SilentWorker {
  onmessage: ((e: MessageEvent) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  posted = 0
  terminated = false
  postMessage() {
    this.posted += 1
  }
  terminate() {
    this.terminated = true
  }
}

describe('the reading pool', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const files = (n: number) => Array.from({ length: n }, (_, i) => new File(['x'], `r${i}.docx`))

  it('a file past the time limit becomes a row saying so, and the batch goes on with a fresh worker', () => {
    const workers: SilentWorker[] = []
    const rows: string[] = []
    runPool(files(2), { size: 1, timeLimitMs: 1000, spawn: () => (workers.push(new SilentWorker()), workers.at(-1) as unknown as Worker), onRows: (r) => rows.push(...r.map((x) => x.reason)), onProgress: () => {} })
    vi.advanceTimersByTime(1000)
    expect(rows).toEqual(['读取超过1秒，已停止（文件可能过大或已损坏）'])
    expect(workers).toHaveLength(2)
    expect(workers[0]?.terminated).toBe(true)
  })

  it('after 取消 nothing more arrives: no time-limit rows, no progress, no new worker', () => {
    const workers: SilentWorker[] = []
    const rows: unknown[] = []
    const progress: number[] = []
    const run = runPool(files(3), { size: 2, timeLimitMs: 1000, spawn: () => (workers.push(new SilentWorker()), workers.at(-1) as unknown as Worker), onRows: (r) => rows.push(...r), onProgress: (p) => progress.push(p.done) })
    run.cancel()
    vi.advanceTimersByTime(5000)
    expect(rows).toEqual([])
    expect(progress).toEqual([])
    expect(workers).toHaveLength(2)
    expect(workers.every((w) => w.terminated)).toBe(true)
  })
})
