import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { screenLoader } from '../../src/app/screen-loader'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const Hello = ({ name }: { name: string }) => <h2>你好，{name}</h2>

describe('screenLoader', () => {
  it('shows the fallback until the code has loaded, then the screen with its props', async () => {
    const code = deferred<typeof Hello>()
    const { Screen } = screenLoader(() => code.promise)
    render(<Screen fallback={<p>正在打开…</p>} name="大兴" />)
    expect(screen.getByText('正在打开…')).toBeInTheDocument()
    await act(async () => code.resolve(Hello))
    expect(screen.getByRole('heading', { name: '你好，大兴' })).toBeInTheDocument()
    expect(screen.queryByText('正在打开…')).not.toBeInTheDocument()
  })

  it('renders a preloaded screen in its first render, without the fallback', async () => {
    let calls = 0
    const { Screen, preload } = screenLoader(async () => {
      calls += 1
      return Hello
    })
    await preload()
    await preload()
    render(<Screen fallback={<p>正在打开…</p>} name="密云" />)
    expect(screen.getByRole('heading', { name: '你好，密云' })).toBeInTheDocument()
    expect(calls).toBe(1)
  })

  it('says so when the code cannot be downloaded, and tries again next time', async () => {
    let fail = true
    const { Screen } = screenLoader(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module')
      return Hello
    })
    const first = render(<Screen fallback={<p>正在打开…</p>} name="朝阳" />)
    expect(await screen.findByRole('alert')).toHaveTextContent('未能载入此页面的程序文件')
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeInTheDocument()
    first.unmount()
    fail = false
    render(<Screen fallback={<p>正在打开…</p>} name="朝阳" />)
    expect(await screen.findByRole('heading', { name: '你好，朝阳' })).toBeInTheDocument()
  })
})
