import { arrivalBuffer } from '../../../src/features/audit/arrival-buffer'

describe('arrivals from the workers reach the page in batches, and wait while the user types', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup() {
    const delivered: number[][] = []
    const buffer = arrivalBuffer<number>({ everyMs: 250, maxHoldMs: 3000, deliver: (items) => delivered.push(items), now: () => Date.now() })
    return { delivered, buffer }
  }

  it('what arrives within 250 ms is delivered once, in order', () => {
    const { delivered, buffer } = setup()
    buffer.push([1])
    buffer.push([2, 3])
    vi.advanceTimersByTime(249)
    expect(delivered).toEqual([])
    vi.advanceTimersByTime(1)
    expect(delivered).toEqual([[1, 2, 3]])
    buffer.push([])
    vi.advanceTimersByTime(250)
    expect(delivered).toEqual([[1, 2, 3], []])
  })

  it('a keystroke holds the items until 600 ms after the last key; the page still hears every 250 ms (at 250, 500, 750) that the batch moved', () => {
    const { delivered, buffer } = setup()
    buffer.push([1])
    buffer.hold(600)
    vi.advanceTimersByTime(400)
    buffer.hold(600)
    vi.advanceTimersByTime(599)
    expect(delivered).toEqual([[], [], []])
    vi.advanceTimersByTime(1)
    expect(delivered).toEqual([[], [], [], [1]])
  })

  it('typing without pause never holds items longer than 3 s', () => {
    const { delivered, buffer } = setup()
    buffer.push([1])
    for (let t = 0; t < 2900; t += 100) {
      buffer.hold(600)
      vi.advanceTimersByTime(100)
    }
    expect(delivered.flat()).toEqual([])
    buffer.push([2])
    buffer.hold(600)
    vi.advanceTimersByTime(100)
    expect(delivered.filter((d) => d.length > 0)).toEqual([[1, 2]])
  })

  it('the end of the batch delivers at once, hold or not; clear drops what is pending', () => {
    const { delivered, buffer } = setup()
    buffer.push([1])
    buffer.hold(600)
    buffer.flushNow()
    expect(delivered).toEqual([[1]])
    buffer.push([2])
    buffer.clear()
    vi.advanceTimersByTime(5000)
    expect(delivered).toEqual([[1]])
  })
})
