import { describe, expect, it } from 'vitest'
import type { Topic } from '../../../src/shared/api/topics'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

describe('the topic library', () => {
  it('creates, lists by kind then title, and updates a topic, stamping the change', async () => {
    const clock = fixedClock('2026-11-28T09:00:00Z')
    const core = testCore(clock)
    const later = await call<Topic>(core, 'topics.create', { kind: 'question', title: 'How do you run postmortems?' })
    await call<Topic>(core, 'topics.create', { kind: 'expertise', title: 'SLO design', body: 'error budgets' })
    expect((await call<Topic[]>(core, 'topics.list')).map((topic) => topic.title)).toEqual(['SLO design', 'How do you run postmortems?'])

    clock.set('2026-11-28T10:00:00Z')
    const updated = await call<Topic>(core, 'topics.update', { id: later.id, kind: 'problem', title: '  Postmortems that teach  ', body: 'blameless' })
    expect(updated).toMatchObject({ id: later.id, kind: 'problem', title: 'Postmortems that teach', body: 'blameless', createdAt: later.createdAt, updatedAt: '2026-11-28T10:00:00.000Z' })
    expect(await call<Topic[]>(core, 'topics.list')).toContainEqual(updated)
  })

  it('deletes a topic from the library (kept in the file for meetings that quoted it) and then knows it no more', async () => {
    const core = testCore()
    const topic = await call<Topic>(core, 'topics.create', { kind: 'project', title: 'Runbook rewrite' })
    expect(await call(core, 'topics.delete', { id: topic.id })).toEqual({ id: topic.id })
    expect(await call<Topic[]>(core, 'topics.list')).toEqual([])
    expect(rowCount(core, 'topics')).toBe(1)
    for (const [procedure, input] of [
      ['topics.update', { id: topic.id, kind: 'project', title: 'Again' }],
      ['topics.delete', { id: topic.id }]
    ] as const) {
      expect(await core.dispatch(procedure, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('suggests questions from the library, and stops suggesting a deleted topic', async () => {
    const core = testCore()
    const person = await call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
    const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id })
    const topic = await call<Topic>(core, 'topics.create', { kind: 'question', title: 'How do you onboard new SREs?' })
    const suggested = async () => (await call<{ text: string; source: string }[]>(core, 'meetings.suggestQuestions', { id: meeting.id })).filter((q) => q.source === 'topic')
    expect((await suggested()).map((q) => q.text).join()).toContain('onboard new SREs')
    await call(core, 'topics.delete', { id: topic.id })
    expect(await suggested()).toEqual([])
  })

  it.each([
    ['an empty title', { kind: 'question', title: '   ' }],
    ['an unknown kind', { kind: 'gossip', title: 'x' }],
    ['a title over the limit', { kind: 'question', title: 'x'.repeat(201) }]
  ])('refuses %s on update and changes nothing', async (_label, patch) => {
    const core = testCore()
    const topic = await call<Topic>(core, 'topics.create', { kind: 'question', title: 'Keep me' })
    expect(await core.dispatch('topics.update', { id: topic.id, ...patch })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await call<Topic[]>(core, 'topics.list')).toEqual([topic])
  })
})
