import { describe, expect, it } from 'vitest'
import type { CommunityView, OnlineOverview, WorkView } from '../../../src/shared/api/online'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>
type WithTimeline = Person & { timeline: { kind: string; summary: string; url: string }[] }

const add = (core: Core, fields: Record<string, unknown>) => call<Person>(core, 'people.create', fields)
const tables = ['communities', 'community_members', 'community_activity', 'works', 'work_engagements', 'interactions']
const counts = (core: Core) => Object.fromEntries(tables.map((table) => [table, rowCount(core, table)]))

describe('communities', () => {
  it('keeps members, and activity with a person lands on their timeline and moves them on', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const jo = await add(core, { givenName: 'Jo', familyName: 'Park', cadenceDays: 30 })
    const ann = await add(core, { givenName: 'Ann', familyName: 'Lee', stage: 'met' })
    const sre = await call<{ id: string }>(core, 'communities.create', { name: 'SRE Lounge', platform: 'Slack', link: 'https://sre.example', myRole: 'answer on-call questions' })
    await call(core, 'communities.addMember', { id: sre.id, personId: ann.id })
    await call(core, 'communities.addMember', { id: sre.id, personId: ann.id })
    await call(core, 'communities.logActivity', { id: sre.id, note: 'shared our runbook template' })
    clock.set('2026-11-28T03:00:00Z')
    const view = await call<CommunityView>(core, 'communities.logActivity', { id: sre.id, note: 'answered their question on alert fatigue', personId: jo.id, url: 'https://sre.example/t/1' })

    expect(view.members.map((m) => m.id)).toEqual([ann.id, jo.id])
    // Newest first; someone the user talked with there joins the members.
    expect(view.activity.map((a) => [a.note, a.person?.id ?? null])).toEqual([
      ['answered their question on alert fatigue', jo.id],
      ['shared our runbook template', null]
    ])
    const joNow = await call<WithTimeline>(core, 'people.get', { id: jo.id })
    expect(joNow.stage).toBe('engaged_online')
    expect(joNow.nextContactOn).toBe('2026-12-28')
    expect(joNow.timeline).toEqual([expect.objectContaining({ kind: 'online_replied', summary: 'SRE Lounge: answered their question on alert fatigue', url: 'https://sre.example/t/1' })])

    const overview = await call<OnlineOverview>(core, 'online.overview', {})
    expect(overview.communities).toEqual([expect.objectContaining({ name: 'SRE Lounge', memberCount: 2, lastActivityAt: '2026-11-28T03:00:00.000Z' })])

    await call(core, 'communities.delete', { id: sre.id })
    expect(rowCount(core, 'community_members')).toBe(0)
    expect((await call<WithTimeline>(core, 'people.get', { id: jo.id })).timeline).toHaveLength(1)
  })
})

describe('my work', () => {
  it('records who engaged, once per person, on their timeline; taking it back removes the entry', async () => {
    const core = testCore(fixedClock('2026-11-28T03:00:00Z'))
    const jo = await add(core, { givenName: 'Jo', familyName: 'Park' })
    const talk = await call<{ id: string }>(core, 'works.create', { kind: 'talk', title: 'Humane on-call', link: 'https://talks.example/oncall', publishedOn: '2026-10-01' })
    await call(core, 'works.addEngagement', { id: talk.id, personId: jo.id, note: 'asked about rotations' })
    const again = await call<WorkView>(core, 'works.addEngagement', { id: talk.id, personId: jo.id, note: 'asked about rotations, then wrote to me' })
    expect(again.engagements).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: jo.id }), note: 'asked about rotations, then wrote to me' })])
    const joNow = await call<WithTimeline>(core, 'people.get', { id: jo.id })
    expect(joNow.stage).toBe('engaged_online')
    expect(joNow.timeline).toEqual([expect.objectContaining({ kind: 'online_engaged', summary: 'Humane on-call: asked about rotations, then wrote to me', url: 'https://talks.example/oncall' })])
    expect((await call<OnlineOverview>(core, 'online.overview', {})).works).toEqual([expect.objectContaining({ title: 'Humane on-call', engagedCount: 1 })])

    await call(core, 'works.removeEngagement', { id: talk.id, personId: jo.id })
    expect((await call<WithTimeline>(core, 'people.get', { id: jo.id })).timeline).toEqual([])
  })

  it.each([
    ['a community without a name', 'communities.create', { name: ' ' }],
    ['a community with a javascript: link', 'communities.create', { name: 'x', link: 'javascript:alert(1)' }],
    ['a work with an http link', 'works.create', { title: 'x', link: 'http://example.com' }],
    ['a work with a date that does not exist', 'works.create', { title: 'x', publishedOn: '2026-02-30' }],
    ['a work of an unknown kind', 'works.create', { title: 'x', kind: 'podcast' }],
    ['empty activity', 'communities.logActivity', { id: '00000000-0000-4000-8000-000000000000', note: '' }]
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, procedure, input) => {
    const core = testCore()
    const before = counts(core)
    expect(await core.dispatch(procedure, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(counts(core)).toEqual(before)
  })

  it('refuses someone in the trash and an unknown work, writing nothing', async () => {
    const core = testCore()
    const jo = await add(core, { givenName: 'Jo' })
    const talk = await call<{ id: string }>(core, 'works.create', { title: 'Humane on-call' })
    await call(core, 'people.delete', { id: jo.id })
    const before = counts(core)
    expect(await core.dispatch('works.addEngagement', { id: talk.id, personId: jo.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await core.dispatch('works.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(counts(core)).toEqual(before)
  })
})
