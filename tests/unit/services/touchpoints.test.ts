import { describe, expect, it } from 'vitest'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>
type WithTimeline = Person & { timeline: { kind: string; summary: string; url: string }[] }

const add = (core: Core, fields: Record<string, unknown>) => call<Person>(core, 'people.create', fields)

describe('touchpoints', () => {
  it('lands on the timeline, restarts the keep-in-touch clock and moves a first online contact to "engaged online"', async () => {
    const core = testCore(fixedClock('2026-11-28T03:00:00Z'))
    const person = await add(core, { givenName: 'Jo', familyName: 'Park', cadenceDays: 30 })
    expect(person.stage).toBe('discovered')
    await call(core, 'touchpoints.log', { personId: person.id, kind: 'online_commented', url: 'https://example.com/post/1', note: 'On their SLO post' })
    const after = await call<WithTimeline>(core, 'people.get', { id: person.id })
    expect(after.stage).toBe('engaged_online')
    expect(after.lastContactAt).toBe('2026-11-28T03:00:00.000Z')
    expect(after.nextContactOn).toBe('2026-12-28')
    expect(after.timeline).toEqual([expect.objectContaining({ kind: 'online_commented', summary: 'On their SLO post', url: 'https://example.com/post/1' })])
  })

  it('takes no note at all, and never moves a stage back', async () => {
    const core = testCore()
    const person = await add(core, { givenName: 'Jo', stage: 'ongoing' })
    await call(core, 'touchpoints.log', { personId: person.id, kind: 'online_followed' })
    const after = await call<WithTimeline>(core, 'people.get', { id: person.id })
    expect(after.stage).toBe('ongoing')
    expect(after.timeline[0]).toMatchObject({ kind: 'online_followed', summary: '' })
  })

  it('moves the stage to "meeting proposed" when a one-on-one is planned', async () => {
    const core = testCore()
    const person = await add(core, { givenName: 'Jo', stage: 'engaged_online' })
    await call(core, 'meetings.create', { personId: person.id, purpose: 'on-call' })
    expect((await call<Person>(core, 'people.get', { id: person.id })).stage).toBe('meeting_proposed')
  })

  it.each([
    ['a javascript: link', { kind: 'online_commented', url: 'javascript:alert(1)' }],
    ['an http: link', { kind: 'online_commented', url: 'http://example.com' }],
    ['a kind that is not a touchpoint', { kind: 'meeting' }],
    ['a note over one line’s length', { kind: 'message', note: 'x'.repeat(201) }]
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, input) => {
    const core = testCore()
    const person = await add(core, { givenName: 'Jo' })
    const before = [rowCount(core, 'interactions'), (await call<Person>(core, 'people.get', { id: person.id })).updatedAt]
    expect(await core.dispatch('touchpoints.log', { personId: person.id, ...input })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect([rowCount(core, 'interactions'), (await call<Person>(core, 'people.get', { id: person.id })).updatedAt]).toEqual(before)
  })

  it('refuses someone in the trash', async () => {
    const core = testCore()
    const person = await add(core, { givenName: 'Jo' })
    await call(core, 'people.delete', { id: person.id })
    expect(await core.dispatch('touchpoints.log', { personId: person.id, kind: 'message' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(rowCount(core, 'interactions')).toBe(0)
  })
})
