import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleTask } from '../../../src/features/drafts/when-idle'

describe('createIdleTask', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestIdleCallback', 'cancelIdleCallback'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs once, after a pause of quietMs since the last poke', () => {
    const fn = vi.fn()
    const task = createIdleTask(fn, { quietMs: 150, timeoutMs: 200 })
    task.poke()
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(100)
      task.poke() // typing on: the pause starts again
    }
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(149)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1 + 200) // the pause, then idle (at the latest timeoutMs later)
    expect(fn).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('keeps one timer per pause however many pokes come', () => {
    const task = createIdleTask(() => {}, { quietMs: 150 })
    for (let i = 0; i < 50; i++) {
      task.poke()
      vi.advanceTimersByTime(10)
    }
    expect(vi.getTimerCount()).toBe(1)
  })

  it('runs again after the next poke, and not at all when cancelled', () => {
    const fn = vi.fn()
    const task = createIdleTask(fn, { quietMs: 150, timeoutMs: 200 })
    task.poke()
    vi.advanceTimersByTime(400)
    task.poke()
    vi.advanceTimersByTime(400)
    expect(fn).toHaveBeenCalledTimes(2)
    task.poke()
    vi.advanceTimersByTime(100)
    task.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(2)
    expect(vi.getTimerCount()).toBe(0)
  })
})
