import { describe, expect, it } from 'vitest'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Person } from '../../../src/shared/api/people'
import type { Resource, ResourceFitView, SharedResource } from '../../../src/shared/api/resources'
import type { Topic } from '../../../src/shared/api/topics'
import { call, fixedClock, rowCount, testCore } from '../support/core'

const article = { title: 'オンコールを楽にする10の工夫', url: 'https://example.com/oncall', why: '当番の負担を減らす具体策がまとまっている', tags: ['オンコール', 'SRE'] }

describe('resources', () => {
  it('finds the people a resource fits, in Japanese and English, shares with one, and remembers it once sent', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z'))
    await call(core, 'settings.update', { signatures: { ja: '山田 太郎', en: 'Taro' } })
    const sato = await call<Person>(core, 'people.create', { familyName: '佐藤', givenName: '美咲', challenges: ['オンコールの負荷'] })
    const priya = await call<Person>(core, 'people.create', { familyName: 'Raman', givenName: 'Priya', expertise: ['SRE practices'], preferredLanguage: 'en' })
    await call<Person>(core, 'people.create', { familyName: '鈴木', givenName: '花子', interests: ['登山'] })
    const resource = await call<Resource>(core, 'resources.create', { ...article, tags: [' オンコール ', 'SRE', 'SRE'] })
    expect(resource).toMatchObject({ tags: ['オンコール', 'SRE'], topics: [], sharedWith: 0, deletedAt: null })
    const matches = await call<ResourceFitView[]>(core, 'resources.matches', { id: resource.id })
    expect(matches.map((m) => [m.person.id, m.fit])).toEqual(
      expect.arrayContaining([
        [sato.id, ['オンコールの負荷']],
        [priya.id, ['SRE practices']]
      ])
    )
    expect(matches).toHaveLength(2)

    const share = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: sato.id })
    expect(share).toMatchObject({ kind: 'share_resource', title: article.title, dueOn: '2026-11-27', language: 'ja' })
    expect(share.draft).toContain('以前「オンコールの負荷」のお話をされていたので')
    expect(share.draft).toContain('https://example.com/oncall')
    expect(share.draft.endsWith('\n\n山田 太郎')).toBe(true)
    expect((await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: sato.id })).id).toBe(share.id)
    // Offered, not yet sent: no longer suggested.
    expect((await call<ResourceFitView[]>(core, 'resources.matches', { id: resource.id })).map((m) => m.person.id)).toEqual([priya.id])

    await call(core, 'followups.markSent', { id: share.id })
    expect(await call<SharedResource[]>(core, 'resources.sharedWith', { personId: sato.id })).toEqual([
      { resourceId: resource.id, title: article.title, url: article.url, sentAt: '2026-11-27T03:00:00.000Z' }
    ])
    expect((await call<Resource[]>(core, 'resources.list'))[0]?.sharedWith).toBe(1)
    expect(await core.dispatch('resources.share', { id: resource.id, personId: sato.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('offers again a share that was set aside', async () => {
    const core = testCore()
    const sato = await call<Person>(core, 'people.create', { familyName: '佐藤', givenName: '美咲', challenges: ['オンコール'] })
    const resource = await call<Resource>(core, 'resources.create', article)
    const first = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: sato.id })
    await call(core, 'followups.dismiss', { id: first.id })
    expect((await call<ResourceFitView[]>(core, 'resources.matches', { id: resource.id })).map((m) => m.person.id)).toEqual([sato.id])
    const again = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: sato.id })
    expect(again.id).not.toBe(first.id)
  })

  it.each([
    ['an http link', { ...article, url: 'http://example.com/x' }],
    ['a javascript link', { ...article, url: 'javascript:alert(1)' }],
    ['no title', { ...article, title: '  ' }],
    ['a tag list that is not a list', { ...article, tags: 'SRE' }],
    ['a title too long', { ...article, title: 'x'.repeat(201) }]
  ])('refuses %s and writes nothing', async (_, input) => {
    const core = testCore()
    expect(await core.dispatch('resources.create', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(rowCount(core, 'resources')).toBe(0)
  })

  it('edits every field and its topics, and a topic title finds people its words do not', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z'))
    const kenji = await call<Person>(core, 'people.create', { familyName: '田中', givenName: '健二', interests: ['インシデント対応'] })
    const topic = await call<Topic>(core, 'topics.create', { kind: 'expertise', title: 'インシデント対応' })
    const other = await call<Topic>(core, 'topics.create', { kind: 'question', title: 'How do you run postmortems?' })
    const resource = await call<Resource>(core, 'resources.create', article)
    expect(await call<ResourceFitView[]>(core, 'resources.matches', { id: resource.id })).toEqual([])

    const edited = await call<Resource>(core, 'resources.update', {
      id: resource.id,
      title: '当番表の作り方',
      url: 'https://example.com/rota',
      why: '交代のしかた',
      tags: ['当番', '当番'],
      topicIds: [topic.id, other.id, topic.id]
    })
    expect(edited).toMatchObject({ title: '当番表の作り方', url: 'https://example.com/rota', why: '交代のしかた', tags: ['当番'], createdAt: resource.createdAt })
    expect(edited.topics.map((t) => t.title)).toEqual(['How do you run postmortems?', 'インシデント対応'])
    expect((await call<ResourceFitView[]>(core, 'resources.matches', { id: resource.id })).map((m) => [m.person.id, m.fit])).toEqual([[kenji.id, ['インシデント対応']]])
    const share = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: kenji.id })
    expect(share.draft).toContain('以前「インシデント対応」のお話をされていたので')

    // A topic sent to the trash no longer counts; without topics, nothing links them.
    await call(core, 'topics.delete', { id: topic.id })
    expect((await call<Resource[]>(core, 'resources.list', {}))[0]?.topics.map((t) => t.id)).toEqual([other.id])
    await call(core, 'resources.update', { id: resource.id, ...article, topicIds: [] })
    expect(rowCount(core, 'resource_topics')).toBe(0)
  })

  const nobody = '00000000-0000-4000-8000-000000000000'
  it.each([
    ['an http link', { url: 'http://example.com/x' }, 'INVALID_INPUT'],
    ['a file link', { url: 'file:///etc/passwd' }, 'INVALID_INPUT'],
    ['no title', { title: '' }, 'INVALID_INPUT'],
    ['a topic id that is not an id', { topicIds: ['x'] }, 'INVALID_INPUT'],
    ['a topic not in the library', { topicIds: [nobody] }, 'NOT_FOUND'],
    ['an unknown resource', { id: nobody }, 'NOT_FOUND']
  ])('refuses an edit with %s and changes nothing', async (_, patch, code) => {
    const core = testCore()
    const topic = await call<Topic>(core, 'topics.create', { kind: 'expertise', title: 'SRE' })
    const resource = await call<Resource>(core, 'resources.create', { ...article, topicIds: [topic.id] })
    expect(await core.dispatch('resources.update', { id: resource.id, ...article, topicIds: [topic.id], ...patch })).toMatchObject({ ok: false, error: { code } })
    expect(await call<Resource[]>(core, 'resources.list', {})).toEqual([resource])
  })

  it('moves a resource to the trash and back; what was shared stays, and emptying the trash removes it for good', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z'))
    const sato = await call<Person>(core, 'people.create', { familyName: '佐藤', givenName: '美咲', challenges: ['オンコール'] })
    const kept = await call<Person>(core, 'people.create', { familyName: '鈴木', givenName: '花子', challenges: ['SRE'] })
    const topic = await call<Topic>(core, 'topics.create', { kind: 'expertise', title: 'SRE' })
    const resource = await call<Resource>(core, 'resources.create', { ...article, topicIds: [topic.id] })
    const sent = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: sato.id })
    await call(core, 'followups.markSent', { id: sent.id })
    const pending = await call<FollowupView>(core, 'resources.share', { id: resource.id, personId: kept.id })

    expect(await call(core, 'resources.delete', { id: resource.id })).toEqual({ id: resource.id })
    expect(await call<Resource[]>(core, 'resources.list', {})).toEqual([])
    expect(await call<Resource[]>(core, 'resources.list', { trashed: true })).toMatchObject([{ id: resource.id, deletedAt: '2026-11-27T03:00:00.000Z' }])
    for (const write of ['resources.matches', 'resources.share', 'resources.update'] as const) {
      expect(await core.dispatch(write, { id: resource.id, personId: kept.id, ...article }), write).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    }
    // The user's draft stays as it is, and history is history.
    expect(await call<FollowupView>(core, 'followups.get', { id: pending.id })).toMatchObject({ status: 'pending', draft: pending.draft })
    expect((await call<SharedResource[]>(core, 'resources.sharedWith', { personId: sato.id })).map((s) => s.title)).toEqual([article.title])

    const restored = await call<Resource>(core, 'resources.restore', { id: resource.id })
    expect(restored).toMatchObject({ deletedAt: null, sharedWith: 1, topics: [{ id: topic.id }] })
    expect((await call<Resource[]>(core, 'resources.list', {})).map((r) => r.id)).toEqual([resource.id])

    await call(core, 'resources.delete', { id: resource.id })
    await call(core, 'people.delete', { id: kept.id })
    expect(await call(core, 'trash.empty', {})).toEqual({ removed: 2 })
    expect([rowCount(core, 'resources'), rowCount(core, 'resource_topics'), rowCount(core, 'topics')]).toEqual([0, 0, 1])
    expect(await call<SharedResource[]>(core, 'resources.sharedWith', { personId: sato.id })).toEqual([
      { resourceId: resource.id, title: article.title, url: '', sentAt: '2026-11-27T03:00:00.000Z' }
    ])
    expect(await core.dispatch('resources.restore', { id: resource.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('answers NOT_FOUND for an unknown resource or person, and writes nothing', async () => {
    const core = testCore()
    const resource = await call<Resource>(core, 'resources.create', article)
    expect(await core.dispatch('resources.share', { id: resource.id, personId: nobody })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('resources.matches', { id: nobody })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('resources.share', { id: 'x', personId: nobody })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(rowCount(core, 'followups')).toBe(0)
  })
})
