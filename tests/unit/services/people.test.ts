import { describe, expect, it } from 'vitest'
import type { Person, PersonSummary } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type List = { items: PersonSummary[]; total: number }

describe('people service', () => {
  it('creates a full profile and reads it back with tags and milestones', async () => {
    const core = testCore()
    const created = await call<Person>(core, 'people.create', {
      familyName: '佐藤',
      givenName: '美咲',
      familyNameKana: 'さとう',
      givenNameKana: 'みさき',
      company: '北斗クラウド',
      email: 'misaki@example.jp',
      links: { linkedin: 'https://www.linkedin.com/in/misaki', github: '' },
      interests: ['登山', 'ポストモーテム'],
      stage: 'met',
      cadenceDays: 60,
      mourningYear: 2026,
      preferredLanguage: 'ja',
      tags: ['SRE', '勉強会'],
      milestones: [{ kind: 'birthday', date: '1990-05-01', note: '' }]
    })
    const person = await call<Person>(core, 'people.get', { id: created.id })
    expect(person).toMatchObject({
      familyName: '佐藤',
      links: { linkedin: 'https://www.linkedin.com/in/misaki' },
      interests: ['登山', 'ポストモーテム'],
      tags: ['SRE', '勉強会'],
      milestones: [{ kind: 'birthday', date: '1990-05-01', note: '' }],
      mourningYear: 2026,
      deletedAt: null
    })
    expect(core.pushed).toEqual([{ event: 'changed', payload: { areas: ['people'] } }])
  })

  it('quick-adds by name alone', async () => {
    const core = testCore()
    expect(await call<Person>(core, 'people.quickAdd', { name: '田中 太郎' })).toMatchObject({ familyName: '田中', givenName: '太郎' })
    expect(await call<Person>(core, 'people.quickAdd', { name: 'Alex Kim' })).toMatchObject({ familyName: 'Kim', givenName: 'Alex' })
  })

  it('updates only the fields in the patch and refuses to clear the name', async () => {
    const core = testCore()
    const { id } = await call<Person>(core, 'people.create', { givenName: 'Priya', familyName: 'Raman', company: 'Lumen' })
    const updated = await call<Person>(core, 'people.update', { id, patch: { headline: 'Staff Engineer', tags: ['Rust'] } })
    expect(updated).toMatchObject({ givenName: 'Priya', company: 'Lumen', headline: 'Staff Engineer', tags: ['Rust'] })
    const result = await core.dispatch('people.update', { id, patch: { givenName: '', familyName: ' ' } })
    expect(result.ok).toBe(false)
    expect((await call<Person>(core, 'people.get', { id })).givenName).toBe('Priya')
  })

  it('lists in reading order and filters by tag, stage and text in Japanese and English', async () => {
    const core = testCore()
    await call(core, 'people.create', { familyName: '渡辺', givenName: '健', familyNameKana: 'わたなべ', tags: ['SRE'], stage: 'met', notes: 'オンコールの改善' })
    await call(core, 'people.create', { familyName: '伊藤', givenName: '彩', familyNameKana: 'いとう', tags: ['sre', 'Design'] })
    await call(core, 'people.create', { givenName: 'Tom', familyName: 'Becker', interests: ['Kubernetes'], stage: 'met' })
    const names = (list: List) => list.items.map((item) => item.familyName)

    expect(names(await call<List>(core, 'people.list', {}))).toEqual(['Becker', '伊藤', '渡辺'])
    expect(names(await call<List>(core, 'people.list', { tag: 'SRE' }))).toEqual(['伊藤', '渡辺'])
    expect(names(await call<List>(core, 'people.list', { stage: 'met' }))).toEqual(['Becker', '渡辺'])
    expect(await call<List>(core, 'people.list', { query: 'オンコール' })).toMatchObject({ total: 1, items: [{ familyName: '渡辺' }] })
    expect(await call<List>(core, 'people.list', { query: 'オンコール', offset: 5 })).toEqual({ total: 1, items: [], next: null })
    expect(names(await call<List>(core, 'people.list', { query: 'kubernetes' }))).toEqual(['Becker'])
    expect(names(await call<List>(core, 'people.list', { query: '伊藤' }))).toEqual(['伊藤'])
    expect(names(await call<List>(core, 'people.list', { query: '%' }))).toEqual([])
    expect((await call<List>(core, 'people.list', { limit: 2 })).total).toBe(3)
    expect(names(await call<List>(core, 'people.list', { limit: 2, offset: 2 }))).toEqual(['渡辺'])
    expect(await call<{ name: string; count: number }[]>(core, 'tags.list')).toEqual([
      { name: 'Design', count: 1 },
      { name: 'SRE', count: 2 }
    ])
  })

  it('moves people to the trash, restores them, and removes them for good only from the trash', async () => {
    const core = testCore()
    const { id } = await call<Person>(core, 'people.quickAdd', { name: '山本 彩' })
    await call(core, 'interactions.add', { personId: id, summary: 'Coffee' })
    expect(await core.dispatch('people.purge', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    await call(core, 'people.delete', { id })
    expect((await call<List>(core, 'people.list', {})).total).toBe(0)
    expect((await call<PersonSummary[]>(core, 'trash.list')).map((p) => p.id)).toEqual([id])
    expect(await core.dispatch('people.update', { id, patch: { company: 'x' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    await call(core, 'people.restore', { id })
    expect((await call<List>(core, 'people.list', {})).total).toBe(1)
    expect((await call<Person & { timeline: unknown[] }>(core, 'people.get', { id })).timeline).toHaveLength(1)

    await call(core, 'people.delete', { id })
    expect(await call<{ removed: number }>(core, 'trash.empty')).toEqual({ removed: 1 })
    expect(rowCount(core, 'people')).toBe(0)
    expect(rowCount(core, 'interactions')).toBe(0)
  })

  it('logs interactions on the timeline and restarts the keep-in-touch clock in the user’s zone', async () => {
    // 01:30 in Tokyo on 28 Nov is still 27 Nov in UTC.
    const core = testCore(fixedClock('2026-11-27T16:30:00Z', 'Asia/Tokyo'))
    const { id } = await call<Person>(core, 'people.create', { familyName: '高橋', givenName: '健', cadenceDays: 30 })
    await call(core, 'interactions.add', { personId: id, kind: 'call', summary: 'Talked about specs' })
    await call(core, 'interactions.add', { personId: id, summary: 'Older note', occurredAt: '2026-10-01T03:00:00Z' })
    const person = await call<Person & { timeline: { summary: string }[] }>(core, 'people.get', { id })
    expect(person.timeline.map((entry) => entry.summary)).toEqual(['Talked about specs', 'Older note'])
    expect(person.lastContactAt).toBe('2026-11-27T16:30:00.000Z')
    expect(person.nextContactOn).toBe('2026-12-28')

    const changed = await call<Person>(core, 'people.update', { id, patch: { cadenceDays: 90 } })
    expect(changed.nextContactOn).toBe('2027-02-26')
  })
})
