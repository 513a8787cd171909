import { MAX_PAUSE_MS, runPool } from '../../../src/features/audit/audit-pool'
import { unreadableRow } from '../../../src/core/audit/unreadable-row'

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

  /** A worker that answers when told to: the rows of the file it was last given. */
  class ManualWorker extends SilentWorker {
    last: { id: number; file: File } | null = null
    postMessage(task?: unknown) {
      super.postMessage()
      this.last = task as { id: number; file: File }
    }
    answer() {
      const t = this.last as { id: number; file: File }
      this.onmessage?.({ data: { id: t.id, rows: [unreadableRow(String(t.id), t.file.name, 'docx', 'x')] } } as MessageEvent)
    }
  }

  it('while the page asks for a pause (the user types), a worker that finished its file waits before the next', () => {
    const worker = new ManualWorker()
    let typing = 0
    const progress: number[] = []
    runPool(files(3), { size: 1, spawn: () => worker as unknown as Worker, pauseMs: () => typing, onRows: () => {}, onProgress: (p) => progress.push(p.done) })
    expect(worker.posted).toBe(1)
    typing = 600
    worker.answer()
    expect(progress).toEqual([1]) // the finished file counts at once
    vi.advanceTimersByTime(599)
    expect(worker.posted).toBe(1)
    typing = 0 // the user stopped
    vi.advanceTimersByTime(1)
    expect(worker.posted).toBe(2)
    worker.answer()
    expect(worker.posted).toBe(3)
  })

  it('pauses in a row end after MAX_PAUSE_MS however long the typing goes on; 取消 during a pause posts nothing more', () => {
    const worker = new ManualWorker()
    let typing = 0
    const run = runPool(files(3), { size: 1, spawn: () => worker as unknown as Worker, pauseMs: () => typing, onRows: () => {}, onProgress: () => {} })
    typing = 600 // and never stops
    worker.answer()
    vi.advanceTimersByTime(MAX_PAUSE_MS - 1)
    expect(worker.posted).toBe(1)
    vi.advanceTimersByTime(600)
    expect(worker.posted).toBe(2)
    worker.answer()
    run.cancel()
    vi.advanceTimersByTime(5 * MAX_PAUSE_MS)
    expect(worker.posted).toBe(2)
  })
})
