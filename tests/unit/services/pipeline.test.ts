import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import { stages } from '../../../src/shared/domain/people'
import { call, fixedClock, testCore } from '../support/core'

type Pipeline = Output<'people.pipeline'>

describe('people.pipeline', () => {
  it('lists every stage in order with its count and its people, most recently in touch first, none from the trash', async () => {
    const clock = fixedClock('2026-11-01T03:00:00Z')
    const core = testCore(clock)
    const add = (givenName: string, stage: string) => call<{ id: string }>(core, 'people.create', { givenName, stage })
    const quiet = await add('Quiet', 'engaged_online')
    const recent = await add('Recent', 'engaged_online')
    const never = await add('Never', 'engaged_online')
    const gone = await add('Gone', 'engaged_online')
    await add('Ann', 'met')
    await call(core, 'interactions.add', { personId: quiet.id, kind: 'note', summary: 'a while ago' })
    clock.set('2026-11-20T03:00:00Z')
    await call(core, 'interactions.add', { personId: recent.id, kind: 'note', summary: 'lately' })
    await call(core, 'people.delete', { id: gone.id })

    const { columns } = await call<Pipeline>(core, 'people.pipeline', {})
    expect(columns.map((c) => c.stage)).toEqual([...stages])
    const engaged = columns.find((c) => c.stage === 'engaged_online')!
    expect(engaged.total).toBe(3)
    expect(engaged.items.map((p) => p.id)).toEqual([recent.id, quiet.id, never.id])
    expect(columns.find((c) => c.stage === 'met')!.total).toBe(1)
    expect(columns.find((c) => c.stage === 'ongoing')).toEqual({ stage: 'ongoing', total: 0, items: [] })

    const first = await call<Pipeline>(core, 'people.pipeline', { perStage: 1 })
    expect(first.columns.find((c) => c.stage === 'engaged_online')).toMatchObject({ total: 3, items: [{ id: recent.id }] })
    expect(await core.dispatch('people.pipeline', { perStage: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
