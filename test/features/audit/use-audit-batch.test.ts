import { act, renderHook } from '@testing-library/react'
import { unreadableRow } from '../../../src/core/audit/unreadable-row'
import { useAuditBatch } from '../../../src/features/audit/use-audit-batch'
import { FORMATS } from '../../../templates'

/** A reading worker the test answers by hand: one file at a time, as the pool hands them out. */
class HandWorker {
  onmessage: ((e: MessageEvent) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  asked: { id: number; file: File }[] = []
  postMessage(task: { id: number; file: File }) {
    this.asked.push(task)
  }
  terminate() {}
  answer() {
    const task = this.asked.shift()
    if (!task) throw new Error('nothing asked')
    const row = unreadableRow(`${task.id}:${task.file.name}`, task.file.name, 'unknown', '测试')
    this.onmessage?.({ data: { id: task.id, rows: [row] } } as MessageEvent)
  }
}

const formatById = (id: string) => FORMATS.find((f) => f.id === id)
const files = (n: number) => Array.from({ length: n }, (_, i) => new File(['x'], `r${i}.docx`))

function setup() {
  const workers: HandWorker[] = []
  const spawn = () => {
    workers.push(new HandWorker())
    return workers.at(-1) as unknown as Worker
  }
  const hook = renderHook(() => useAuditBatch(formatById, { spawn }))
  const worker = () => workers.find((w) => w.asked.length > 0) as HandWorker
  return { hook, worker }
}

describe('the 审核 batch: rows reach the table in batches, wait while the user types, and all arrive at the end', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('typing holds the rows and pauses the reading between files (the progress shows what is done); the end of the batch delivers at once', async () => {
    const { hook, worker } = setup()
    act(() => hook.result.current.addFiles(files(3)))
    act(() => worker().answer())
    act(() => hook.result.current.holdForTyping())
    await act(async () => vi.advanceTimersByTime(300))
    expect(hook.result.current.rows).toHaveLength(0)
    expect(hook.result.current.progress?.done).toBe(1)
    await act(async () => vi.advanceTimersByTime(400))
    expect(hook.result.current.rows.map((r) => r.source)).toEqual(['r0.docx'])
    // typing: the file being read is finished, the next waits until the keys stop
    act(() => hook.result.current.holdForTyping())
    act(() => worker().answer())
    expect(worker()).toBeUndefined()
    await act(async () => vi.advanceTimersByTime(600))
    expect(worker().asked.map((t) => t.file.name)).toEqual(['r2.docx'])
    // the last one answered while typing: the batch's end does not wait for the hold
    act(() => hook.result.current.holdForTyping())
    await act(async () => {
      worker().answer()
      await Promise.resolve()
    })
    expect(hook.result.current.rows.map((r) => r.source)).toEqual(['r0.docx', 'r1.docx', 'r2.docx'])
    expect(hook.result.current.progress?.endedAt).not.toBeNull()
    expect(hook.result.current.running).toBe(false)
  })

  it('清空 during a hold drops the held rows for good', async () => {
    const { hook, worker } = setup()
    act(() => hook.result.current.addFiles(files(2)))
    act(() => worker().answer())
    act(() => hook.result.current.holdForTyping())
    act(() => hook.result.current.clear())
    await act(async () => vi.advanceTimersByTime(20_000))
    expect(hook.result.current.rows).toHaveLength(0)
    expect(hook.result.current.progress).toBeNull()
  })
})
