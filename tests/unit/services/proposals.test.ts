import { describe, expect, it } from 'vitest'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>

const add = (core: Core, fields: Record<string, unknown>) => call<Person>(core, 'people.create', fields)
const proposals = async (core: Core) => (await call<FollowupView[]>(core, 'followups.list', {})).filter((f) => f.kind === 'propose_meeting')

async function exchange(core: Core, personId: string, notes: string[]) {
  const kinds = ['online_commented', 'online_replied', 'message'] as const
  for (const [i, note] of notes.entries()) await call(core, 'touchpoints.log', { personId, kind: kinds[i % kinds.length], note })
}

describe('proposing a one-on-one after a few online exchanges', () => {
  it('suggests it once, with an invitation in their language that names the last exchange', async () => {
    const clock = fixedClock('2026-11-20T03:00:00Z')
    const core = testCore(clock)
    const sato = await add(core, { familyName: '佐藤', givenName: '美咲' })
    const two = await add(core, { givenName: 'Only', familyName: 'Two' })
    await exchange(core, sato.id, ['SLO の記事にコメント', 'Slack で返信'])
    await exchange(core, two.id, ['a', 'b'])
    clock.set('2026-11-27T03:00:00Z')
    await exchange(core, sato.id, ['障害対応の振り返りについて'])
    await call(core, 'aftercare.daily', {})
    const made = await proposals(core)
    expect(made.map((f) => f.person.id)).toEqual([sato.id])
    expect(made[0]).toMatchObject({ language: 'ja', dueOn: '2026-11-27' })
    expect(made[0]!.draft).toContain('佐藤さん')
    expect(made[0]!.draft).toContain('障害対応の振り返りについて')

    // Asked again, or dismissed and asked the next day: nothing new.
    await call(core, 'aftercare.daily', {})
    await call(core, 'followups.dismiss', { id: made[0]!.id })
    clock.set('2026-11-28T03:00:00Z')
    await call(core, 'aftercare.daily', {})
    expect(await proposals(core)).toEqual([])
  })

  it('leaves out someone who already has a one-on-one, and spreads many over the following days', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const planned = await add(core, { givenName: 'Has', familyName: 'Meeting' })
    await exchange(core, planned.id, ['a', 'b', 'c'])
    await call(core, 'meetings.create', { personId: planned.id })
    for (let i = 0; i < 5; i++) {
      const person = await add(core, { givenName: `Person${i}`, familyName: 'Online' })
      await exchange(core, person.id, ['a', 'b', 'c'])
    }
    await call(core, 'aftercare.daily', {})
    expect(await proposals(core)).toHaveLength(2)
    clock.set('2026-11-28T03:00:00Z')
    await call(core, 'aftercare.daily', {})
    expect(await proposals(core)).toHaveLength(4)
    clock.set('2026-11-29T03:00:00Z')
    await call(core, 'aftercare.daily', {})
    const all = await proposals(core)
    expect(all).toHaveLength(5)
    expect(all.some((f) => f.person.id === planned.id)).toBe(false)
  })

  it('does not count exchanges older than 90 days', async () => {
    const clock = fixedClock('2026-07-01T03:00:00Z')
    const core = testCore(clock)
    const person = await add(core, { givenName: 'Long', familyName: 'Ago' })
    await exchange(core, person.id, ['a', 'b'])
    clock.set('2026-11-27T03:00:00Z')
    await exchange(core, person.id, ['c'])
    await call(core, 'aftercare.daily', {})
    expect(await proposals(core)).toEqual([])
  })
})
