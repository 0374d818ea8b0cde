import { describe, expect, it } from 'vitest'
import { createWriteGate } from '../../../src/main/jobs/write-gate'

const deferred = () => {
  let resolve = () => {}
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('the write gate', () => {
  it('an exclusive writer waits for the shared ones in flight; shared ones after it wait for it, in order', async () => {
    const gate = createWriteGate()
    const order: string[] = []
    const first = deferred()
    const long = deferred()
    const a = gate.shared(async () => {
      await first.promise
      order.push('shared a')
    })
    const x = gate.exclusive(async () => {
      order.push('exclusive starts')
      await long.promise
      order.push('exclusive ends')
    })
    // Arrives while the exclusive writer waits: goes after it, not before.
    const b = gate.shared(() => order.push('shared b'))
    expect(gate.closed).toBe(true)
    first.resolve()
    await a
    long.resolve()
    await Promise.all([x, b])
    expect(order).toEqual(['shared a', 'exclusive starts', 'exclusive ends', 'shared b'])
    expect(gate.closed).toBe(false)
  })

  it('a failing writer lets the next one through, and shared writes run side by side', async () => {
    const gate = createWriteGate()
    await expect(gate.exclusive(() => Promise.reject(new Error('no')))).rejects.toThrow('no')
    const both = deferred()
    const one = gate.shared(() => both.promise.then(() => 1))
    const two = gate.shared(() => 2)
    expect(await two).toBe(2)
    both.resolve()
    expect(await one).toBe(1)
  })
})
