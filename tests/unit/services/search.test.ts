import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/db/migrations'
import { fillEveryTable } from '../db/fill'
import { rebuildPeople } from '../db/rebuild-people'
import type { Person } from '../../../src/shared/api/people'
import type { SearchHit } from '../../../src/shared/api/search'
import { openDatabase } from '../../../src/main/db/open'
import { call, tempDir, testCore } from '../support/core'

type Hits = { hits: SearchHit[] }
const marked = (hit: SearchHit | undefined) => (hit?.snippet ?? []).filter((part) => part.match).map((part) => part.text)

/** A small circle with something in every kind of item. */
async function circle() {
  const core = testCore()
  const tanaka = await call<Person>(core, 'people.create', { familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', headline: 'SRE lead' })
  const alex = await call<Person>(core, 'people.create', { givenName: 'Alex', familyName: 'Kim', company: 'Lumen' })
  const note = await call<{ id: string }>(core, 'interactions.add', { personId: alex.id, summary: 'Coffee', body: 'She said on-call rotations burn people out; wants a runbook template.' })
  const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: tanaka.id, purpose: 'キャリア相談' })
  await call(core, 'meetings.saveNotes', { id: meeting.id, section: 'theirChallenges', text: 'ポストモーテムの文化づくりに苦労している' })
  const topic = await call<{ id: string }>(core, 'topics.create', { kind: 'question', title: 'How do you run incident reviews?' })
  const event = await call<{ id: string }>(core, 'events.create', { name: 'Platform Meetup 渋谷', kind: 'meetup', place: 'Shibuya Stream', startsAt: '2026-12-05T10:00:00Z', endsAt: '2026-12-05T12:00:00Z' })
  await call(core, 'events.addAttendees', { id: event.id, personIds: [alex.id] })
  await call(core, 'events.updateResearch', { id: event.id, personId: alex.id, research: 'Wrote about edge caching with Varnish' })
  const search = async (text: string, limit?: number) => (await call<Hits>(core, 'search.query', { text, ...(limit ? { limit } : {}) })).hits
  return { core, tanaka, alex, note, meeting, topic, event, search }
}

describe('search.query', () => {
  it('finds a person by a reading in any kana or width, and a word in any width and case', async () => {
    const { tanaka, search } = await circle()
    for (const typed of ['ﾀﾅｶ', 'タナカ', 'たなか', '田中太郎', '太郎 田中']) {
      expect((await search(typed)).map((hit) => [hit.kind, hit.id]), typed).toContainEqual(['person', tanaka.id])
    }
    const [hit] = await search('ＳＲＥ')
    expect(hit).toMatchObject({ kind: 'person', id: tanaka.id, title: '田中 太郎' })
    expect(marked(hit)).toEqual(['SRE'])
  })

  it('finds a note, a one-on-one section, a topic and an event, with what is needed to open them', async () => {
    const { alex, tanaka, note, meeting, topic, event, search } = await circle()
    const [onCall] = await search('ON-CALL runbook')
    expect(onCall).toMatchObject({ kind: 'interaction', id: note.id, personId: alex.id, title: 'Alex Kim' })
    expect(marked(onCall)).toEqual(['on-call', 'runbook'])
    expect((await search('ぽすともーてむ'))[0]).toMatchObject({ kind: 'meeting', id: meeting.id, personId: tanaka.id, section: 'theirChallenges' })
    expect((await search('キャリア'))[0]).toMatchObject({ kind: 'meeting', id: meeting.id, section: 'purpose' })
    expect((await search('incident review'))[0]).toMatchObject({ kind: 'topic', id: topic.id })
    expect((await search('shibuya'))[0]).toMatchObject({ kind: 'event', id: event.id, personId: null })
    expect((await search('varnish'))[0]).toMatchObject({ kind: 'event', id: event.id, personId: alex.id })
  })

  it('finds a resource by its why, its tags or its link\'s host, a community by its role and a work by its kind; a trashed resource is not found', async () => {
    const { core, search } = await circle()
    const resource = await call<{ id: string }>(core, 'resources.create', {
      title: 'オンコールを楽にする10の工夫',
      url: 'https://sre.example.jp/articles/oncall?ref=x',
      why: '当番の負担を減らす具体策がまとまっている',
      tags: ['Toil削減']
    })
    const community = await call<{ id: string }>(core, 'communities.create', { name: 'SRE Lounge', platform: 'Slack', myRole: 'moderator' })
    const work = await call<{ id: string }>(core, 'works.create', { kind: 'talk', title: '静かなオンボーディング', link: 'https://speakerdeck.com/me/quiet' })
    const [byWhy] = await search('負担を減らす')
    expect(byWhy).toMatchObject({ kind: 'resource', id: resource.id, title: 'オンコールを楽にする10の工夫', personId: null })
    expect(marked(byWhy)).toEqual(['負担を減らす'])
    expect((await search('toil')).map((hit) => [hit.kind, hit.id])).toEqual([['resource', resource.id]])
    expect((await search('sre.example.jp')).map((hit) => hit.id)).toEqual([resource.id])
    expect(await search('articles')).toEqual([])
    expect((await search('moderator'))[0]).toMatchObject({ kind: 'community', id: community.id, title: 'SRE Lounge' })
    expect((await search('speakerdeck talk'))[0]).toMatchObject({ kind: 'work', id: work.id, title: '静かなオンボーディング' })

    await call(core, 'resources.update', { id: resource.id, title: '当番表の作り方', url: 'https://example.com/rota', why: '交代のしかた', tags: [] })
    expect(await search('負担を減らす')).toEqual([])
    expect((await search('交代のしかた'))[0]?.title).toBe('当番表の作り方')
    await call(core, 'resources.delete', { id: resource.id })
    expect(await search('交代のしかた')).toEqual([])
    expect(await search('当番')).toEqual([])
    await call(core, 'resources.restore', { id: resource.id })
    expect((await search('交代のしかた')).map((hit) => hit.id)).toEqual([resource.id])
  })

  it('looks for one and two characters by a scan, every word in any order', async () => {
    const { tanaka, note, search } = await circle()
    expect((await search('田')).map((hit) => hit.id)).toContain(tanaka.id)
    expect((await search('太郎 田')).map((hit) => hit.id)).toEqual([tanaka.id])
    expect((await search('burn on')).map((hit) => hit.id)).toEqual([note.id])
    expect(await search('burn 田')).toEqual([])
  })

  it('never fails on FTS syntax typed by the user', async () => {
    const { search } = await circle()
    for (const typed of ['"', '"on-call', 'NEAR(a b)', 'a* OR b', '-x', 'title:x', '(((', '^on', '  ', 'AND', "'; DROP TABLE people; --"]) {
      expect(Array.isArray(await search(typed)), typed).toBe(true)
    }
  })

  it('leaves out a trashed person and everything of theirs, a trashed topic and event; brings them back on restore', async () => {
    const { core, alex, topic, event, search } = await circle()
    await call(core, 'people.delete', { id: alex.id })
    await call(core, 'topics.delete', { id: topic.id })
    await call(core, 'events.delete', { id: event.id })
    expect(await search('alex')).toEqual([])
    expect(await search('on-call')).toEqual([])
    expect(await search('incident')).toEqual([])
    expect(await search('shibuya')).toEqual([])
    await call(core, 'people.restore', { id: alex.id })
    expect((await search('on-call')).length).toBe(1)
  })

  it('stays in step when items change or are removed', async () => {
    const { core, alex, meeting, search } = await circle()
    await call(core, 'people.update', { id: alex.id, patch: { company: 'Northwind' } })
    expect(await search('lumen')).toEqual([])
    expect((await search('northwind'))[0]?.id).toBe(alex.id)
    await call(core, 'meetings.saveNotes', { id: meeting.id, section: 'theirChallenges', text: '採用面接の設計' })
    expect(await search('ポストモーテム')).toEqual([])
    expect((await search('採用面接'))[0]?.section).toBe('theirChallenges')
    await call(core, 'people.delete', { id: alex.id })
    await call(core, 'people.purge', { id: alex.id })
    const left = core.ctx.sqlite.prepare('SELECT count(*) FROM search_fts_docs WHERE person_id = ?').pluck().get(alex.id)
    expect(left).toBe(0)
    expect(() => core.ctx.sqlite.exec("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow()
  })

  it('orders by relevance and honours the limit', async () => {
    const { core, alex, search } = await circle()
    for (let i = 0; i < 12; i++) await call(core, 'interactions.add', { personId: alex.id, summary: `Pairing session ${i}` })
    expect(await search('pairing', 5)).toHaveLength(5)
    const scores = (await search('pairing')).map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('is rebuilt in full when the file lost it, and is written the same by triggers and by the rebuild', async () => {
    const { core, search } = await circle()
    const contents = () => core.ctx.sqlite.prepare('SELECT d.kind, d.ref, f.title, f.body FROM search_fts AS f JOIN search_fts_docs AS d ON d.doc = f.rowid ORDER BY d.kind, d.ref').all()
    const byTriggers = contents()
    const file = core.ctx.databaseFile
    core.close()
    const raw = openDatabase(file)
    raw.sqlite.exec('DROP TABLE search_fts; DROP TRIGGER search_interactions_insert')
    raw.sqlite.close()
    const reopened = openDatabase(file)
    const rebuilt = reopened.sqlite.prepare('SELECT d.kind, d.ref, f.title, f.body FROM search_fts AS f JOIN search_fts_docs AS d ON d.doc = f.rowid ORDER BY d.kind, d.ref').all()
    reopened.sqlite.close()
    expect(rebuilt).toEqual(byTriggers)
    expect(rebuilt.length).toBeGreaterThan(0)
    void search
  })
})

/** Every row of every indexed table has its item in the index, once. */
function expectEverythingIndexed(sqlite: Database.Database) {
  for (const [table, kind] of sources) {
    const rows = sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    const docs = sqlite.prepare('SELECT count(*) FROM search_fts_docs AS d JOIN search_fts AS f ON f.rowid = d.doc WHERE d.kind = ?').pluck().get(kind)
    expect(docs, table).toBe(rows)
  }
}
const sources = [
  ['people', 'person'],
  ['interactions', 'interaction'],
  ['meetings', 'meeting'],
  ['topics', 'topic'],
  ['events', 'event'],
  ['event_people', 'eventPerson'],
  ['resources', 'resource'],
  ['communities', 'community'],
  ['works', 'work']
] as const

describe('the index over everything and migrations', () => {
  it.each([3, migrations.length])('is built after migrating a file with rows in every table from schema %i, and after a rebuild of people', (version) => {
    const dir = tempDir()
    const file = join(dir, 'engawa.db')
    const old = openDatabase(file, { migrations: migrations.slice(0, version) })
    fillEveryTable(old.sqlite)
    old.sqlite.close()
    const migrated = openDatabase(file, { backupDir: join(dir, 'backups') })
    expectEverythingIndexed(migrated.sqlite)
    expect(migrated.sqlite.prepare('SELECT count(*) FROM search_fts_docs').pluck().get()).toBeGreaterThan(9)
    migrated.sqlite.close()
    const rebuilt = openDatabase(file, { backupDir: join(dir, 'backups'), migrations: [...migrations, rebuildPeople] })
    expectEverythingIndexed(rebuilt.sqlite)
    rebuilt.sqlite.close()
  })
})
