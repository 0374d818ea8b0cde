import { describe, expect, it } from 'vitest'
import { createJobRunner, type JobContext } from '../../../src/main/jobs/runner'
import type { JobState } from '../../../src/shared/api/jobs'
import { AppFailure } from '../../../src/shared/api/result'

/** A runner on a clock the test moves, recording every state it pushes and every change it announces. */
function setup() {
  let now = Date.parse('2026-11-28T09:00:00Z')
  let ids = 0
  const states: JobState[] = []
  const changed: string[][] = []
  const errors: unknown[] = []
  const runner = createJobRunner({
    now: () => new Date(now),
    newId: () => `00000000-0000-4000-8000-00000000000${++ids}`,
    onState: (state) => states.push(state),
    onChanged: (areas) => changed.push(areas),
    onUnexpectedError: (_kind, error) => errors.push(error),
    progressIntervalMs: 100
  })
  return { runner, states, changed, errors, advance: (ms: number) => (now += ms) }
}

/** A job that waits for the test to let it go, reporting progress in between. */
function controllable() {
  let release: (value: Record<string, string | number>) => void = () => undefined
  let fail: (error: unknown) => void = () => undefined
  let context: JobContext | undefined
  const definition = {
    kind: 'backup' as const,
    changesWhenDone: ['backups'] as const,
    run: (job: JobContext) => {
      context = job
      return new Promise<Record<string, string | number>>((resolve, reject) => {
        release = resolve
        fail = reject
        job.signal.addEventListener('abort', () => reject(new Error('aborted')))
      })
    }
  }
  return { definition, release: (v: Record<string, string | number>) => release(v), fail: (e: unknown) => fail(e), context: () => context as JobContext }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('jobs', () => {
  it('runs to a result, pushing progress at most every interval and the final state always', async () => {
    const { runner, states, changed, advance } = setup()
    const job = controllable()
    const started = runner.start(job.definition)
    expect(started).toMatchObject({ kind: 'backup', status: 'running', done: 0, total: 0, finishedAt: null })
    await flush()
    job.context().progress('copying', 1, 10)
    job.context().progress('copying', 2, 10)
    advance(150)
    job.context().progress('copying', 5, 10)
    expect(states.map((state) => [state.phase, state.done])).toEqual([
      ['starting', 0],
      ['copying', 1],
      ['copying', 5]
    ])
    job.release({ name: 'engawa-2026.db' })
    const settled = await runner.settled(started.id)
    expect(settled).toMatchObject({ status: 'done', phase: 'done', done: 10, total: 10, result: { name: 'engawa-2026.db' }, error: null })
    expect(states.at(-1)).toEqual(settled)
    expect(changed).toEqual([['backups']])
  })

  it('runs one of a kind at a time: starting again answers with the running job', async () => {
    const { runner } = setup()
    const job = controllable()
    const first = runner.start(job.definition)
    const second = runner.start(controllable().definition)
    expect(second.id).toBe(first.id)
    expect(runner.list().filter((state) => state.status === 'running')).toHaveLength(1)
    await flush()
    job.release({})
    await runner.settled(first.id)
    expect(runner.start(controllable().definition).id).not.toBe(first.id)
  })

  it('cancels: the job ends as cancelled, announces no change, and keeps only the newest finished job of a kind', async () => {
    const { runner, changed } = setup()
    const first = controllable()
    const started = runner.start(first.definition)
    await flush()
    runner.cancel(started.id)
    const settled = await runner.settled(started.id)
    expect(settled).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } })
    expect(changed).toEqual([])
    const next = controllable()
    const again = runner.start(next.definition)
    await flush()
    next.release({})
    await runner.settled(again.id)
    expect(runner.list().map((state) => state.id)).toEqual([again.id])
  })

  it('a cancel that comes too late to stop the job: what the job finished is reported done and announced', async () => {
    const { runner, changed } = setup()
    const definition = {
      kind: 'backup' as const,
      changesWhenDone: ['backups'] as const,
      // Past its last point of return: it ignores the signal and completes.
      run: async (job: JobContext) => {
        await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()))
        return { name: 'kept.db' }
      }
    }
    const started = runner.start(definition)
    await flush()
    runner.cancel(started.id)
    expect(await runner.settled(started.id)).toMatchObject({ status: 'done', result: { name: 'kept.db' }, error: null })
    expect(changed).toEqual([['backups']])
  })

  it('fails with a clear error: a service failure keeps its code, anything else is INTERNAL and reported', async () => {
    const { runner, errors } = setup()
    const known = controllable()
    const a = runner.start(known.definition)
    await flush()
    known.fail(new AppFailure('CONFLICT', 'Busy'))
    expect(await runner.settled(a.id)).toMatchObject({ status: 'failed', error: { code: 'CONFLICT', message: 'Busy' } })
    const unknown = controllable()
    const b = runner.start(unknown.definition)
    await flush()
    unknown.fail(Object.assign(new Error('disk'), { code: 'SQLITE_FULL' }))
    expect(await runner.settled(b.id)).toMatchObject({ status: 'failed', error: { code: 'DISK_FULL' } })
    const odd = controllable()
    const c = runner.start(odd.definition)
    await flush()
    odd.fail(new Error('boom'))
    expect(await runner.settled(c.id)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', message: expect.not.stringContaining('boom') } })
    expect(errors).toHaveLength(1)
  })

  it('says NOT_FOUND for a job it does not know', () => {
    const { runner } = setup()
    expect(() => runner.cancel('00000000-0000-4000-8000-000000000099')).toThrow(/No job/)
  })
})
