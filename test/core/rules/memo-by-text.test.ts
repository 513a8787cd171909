import { describe, expect, it } from 'vitest'
import { memoByText, withoutMemos } from '../../../src/core/rules/written-fields'

describe('memoByText', () => {
  const counted = () => {
    const seen: string[] = []
    const f = memoByText((text: string) => {
      seen.push(text)
      return text.length
    }, 2)
    return { f, seen }
  }

  it('remembers the last texts (the editor re-checks unchanged fields on every keystroke)', () => {
    const { f, seen } = counted()
    expect([f('甲乙'), f('甲乙'), f('丙'), f('甲乙')]).toEqual([2, 2, 1, 2])
    expect(seen).toEqual(['甲乙', '丙'])
    f('丁')
    f('戊') // the memo holds two texts: 甲乙 is dropped
    f('甲乙')
    expect(seen).toEqual(['甲乙', '丙', '丁', '戊', '甲乙'])
  })

  it('inside withoutMemos every call computes and nothing is stored (a batch sees each text once)', () => {
    const { f, seen } = counted()
    expect(withoutMemos(() => [f('甲乙'), f('甲乙')])).toEqual([2, 2])
    expect(seen).toEqual(['甲乙', '甲乙'])
    f('甲乙')
    expect(seen).toHaveLength(3) // not stored by the calls inside
  })

  it('the bypass ends with the work, also when it throws, and nests', () => {
    const { f, seen } = counted()
    expect(() =>
      withoutMemos(() => {
        withoutMemos(() => f('甲'))
        f('甲')
        throw new Error('x')
      }),
    ).toThrow('x')
    f('甲')
    f('甲')
    expect(seen).toEqual(['甲', '甲', '甲'])
  })
})
