import { describe, expect, it } from 'vitest'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Person } from '../../../src/shared/api/people'
import type { Resource, ResourceFitView, SharedResource } from '../../../src/shared/api/resources'
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
    expect(resource).toMatchObject({ tags: ['オンコール', 'SRE'], sharedWith: 0 })
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

  it('answers NOT_FOUND for an unknown resource or person, and writes nothing', async () => {
    const core = testCore()
    const resource = await call<Resource>(core, 'resources.create', article)
    const nobody = '00000000-0000-4000-8000-000000000000'
    expect(await core.dispatch('resources.share', { id: resource.id, personId: nobody })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('resources.matches', { id: nobody })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('resources.share', { id: 'x', personId: nobody })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(rowCount(core, 'followups')).toBe(0)
  })
})
