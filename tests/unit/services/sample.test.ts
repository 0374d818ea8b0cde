import { describe, expect, it } from 'vitest'
import type { EventView } from '../../../src/shared/api/events'
import type { Output } from '../../../src/shared/api/contract'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Person } from '../../../src/shared/api/people'
import { addDays, localDateOf } from '../../../src/shared/domain/dates'
import { noteLines } from '../../../src/shared/domain/meetings'
import { isJapaneseText } from '../../../src/shared/domain/names'
import { stages } from '../../../src/shared/domain/people'
import { localMinutes } from '../../../src/shared/domain/reminders'
import { sampleSets } from '../../../src/main/services/sample/sets'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>
type Today = Output<'today.get'>
const tables = ['people', 'topics', 'meetings', 'followups', 'interactions', 'milestones', 'person_tags', 'tags', 'sample_rows']
const counts = (core: Core) => Object.fromEntries(tables.map((table) => [table, rowCount(core, table)]))

async function everyone(core: Core): Promise<Person[]> {
  const { items } = await call<{ items: { id: string }[] }>(core, 'people.list', {})
  return Promise.all(items.map((item) => call<Person>(core, 'people.get', { id: item.id })))
}

// Just after midnight in Tokyo (the held meeting must still fall on today), and on the Friday
// before Berlin's clocks go back on Sunday (the planned 15:00 is on the Monday after, in winter time).
const cases = [
  { zone: 'Asia/Tokyo', now: '2026-11-27T15:40:00Z', language: 'ja' },
  { zone: 'Asia/Tokyo', now: '2026-11-27T03:00:00Z', language: 'en' },
  { zone: 'Europe/Berlin', now: '2026-10-23T19:00:00Z', language: 'en' },
  { zone: 'Europe/Berlin', now: '2026-10-23T07:00:00Z', language: 'ja' }
] as const

describe.each(cases)('the sample in $language at $now in $zone', ({ zone, now, language }) => {
  const set = sampleSets[language]

  it('tells the whole story on Today: a thank-you quoting the notes and a planned one-on-one', async () => {
    const core = testCore(fixedClock(now, zone))
    const today = localDateOf(new Date(now), zone)
    await call(core, 'sample.load', { language })
    const view = await call<Today>(core, 'today.get')
    expect(view.today).toBe(today)

    expect(view.thankYous).toHaveLength(1)
    const [thankYou] = view.thankYous
    expect(thankYou).toMatchObject({ kind: 'thank_you', dueOn: today, when: 'today', language })
    const quoted = noteLines(set.held.notes.caresAbout ?? '')[0]!
    expect(thankYou!.draft).toContain(language === 'ja' ? `「${quoted}」` : quoted)
    const held = await call<{ startsAt: string; status: string }>(core, 'meetings.get', { id: thankYou!.meetingId })
    expect(held.status).toBe('ended')
    expect(localDateOf(new Date(held.startsAt), zone)).toBe(today)
    expect(new Date(held.startsAt).getTime()).toBeLessThanOrEqual(new Date(now).getTime())

    expect(view.meetings).toHaveLength(1)
    const [planned] = view.meetings
    expect(planned!.prep).toBe('ready')
    expect(planned).toMatchObject({ purpose: set.planned.purpose, place: set.planned.place, questions: set.planned.questions })
    const day = localDateOf(new Date(planned!.startsAt!), zone)
    expect(day > today && day <= addDays(today, 7)).toBe(true)
    expect([1, 2, 3, 4, 5]).toContain(new Date(`${day}T00:00:00Z`).getUTCDay())
    expect(localMinutes(new Date(planned!.startsAt!), zone)).toBe(15 * 60)
    expect(planned!.invitationDraft).not.toBe('')

    // A meetup later this week, half prepared: someone to talk with and a goal, no energy plan yet.
    expect(view.events).toEqual([expect.objectContaining({ name: set.event.name, prep: 'in_progress', reflect: false })])
    const event = await call<EventView>(core, 'events.get', { id: view.events[0]!.id })
    expect(event.attendees.filter((a) => a.target)).toHaveLength(1)
    expect(event.goals.map((g) => g.text)).toEqual([set.event.goal])

    const promises = (await call<FollowupView[]>(core, 'followups.list', {})).filter((f) => f.kind === 'promised_action')
    expect(promises.map((f) => f.title)).toEqual(noteLines(set.held.notes.myPromises ?? ''))
    expect(promises[0]!.person.id).toBe(thankYou!.person.id)
  })

  it('has one person at every stage, someone due for a reconnect, topics and timelines', async () => {
    const core = testCore(fixedClock(now, zone))
    const today = localDateOf(new Date(now), zone)
    expect(await call(core, 'sample.status')).toEqual({ present: false, people: 0 })
    expect(await call(core, 'sample.load', { language })).toMatchObject({ present: true, people: 5 })
    expect(await call(core, 'sample.status')).toEqual({ present: true, people: 5 })
    const people = await everyone(core)
    expect(people.map((person) => person.stage).sort()).toEqual([...stages].sort())
    expect(people.filter((person) => person.nextContactOn !== null && person.nextContactOn <= today)).toHaveLength(1)
    const names = people.map((person) => person.familyName + person.givenName)
    expect(names.every((name) => isJapaneseText(name) === (language === 'ja'))).toBe(true)
    expect(await call<unknown[]>(core, 'topics.list')).toHaveLength(2)
    expect(rowCount(core, 'interactions')).toBeGreaterThan(people.length)
  })
})

describe('loading and removing the sample', () => {
  it('takes the language from the settings when the caller does not say', async () => {
    const core = testCore()
    await call(core, 'settings.update', { language: 'ja' })
    await call(core, 'sample.load')
    expect((await everyone(core)).some((person) => person.familyName === '佐藤')).toBe(true)
  })

  it('adds nothing when loaded twice, and says what is there', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z', 'Asia/Tokyo'))
    const first = await call<Output<'sample.load'>>(core, 'sample.load', { language: 'ja' })
    const before = counts(core)
    expect(first.added).toBe(before.sample_rows)
    expect(await call(core, 'sample.load', { language: 'en' })).toEqual({ present: true, people: 5, added: 0 })
    expect(counts(core)).toEqual(before)
    expect(core.pushed.filter((p) => p.event === 'changed').at(-1)?.payload).toEqual({ areas: ['people', 'topics', 'meetings', 'followups'] })
  })

  it('removes exactly the sample, keeping what the user added and the sample people they added to', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z', 'Europe/Berlin'))
    const own = await call<Person>(core, 'people.create', { familyName: 'Kim', givenName: 'Alex', tags: ['Rust'] })
    const ownTopic = await call<{ id: string }>(core, 'topics.create', { kind: 'project', title: 'My side project' })
    await call(core, 'sample.load', { language: 'en' })
    const people = await everyone(core)
    const byName = (name: string) => people.find((person) => person.givenName === name)!
    // The user plans their own meeting with Tom, notes something on Sam's timeline and sends the
    // thank-you to Priya (which logs it); Ana and Jonas they leave alone, so those two go.
    const ownMeeting = await call<{ id: string }>(core, 'meetings.create', { personId: byName('Tom').id, purpose: 'A second coffee' })
    const ownNote = await call<{ id: string }>(core, 'interactions.add', { personId: byName('Sam').id, summary: 'Met at the meetup' })
    const thanked = (await call<Today>(core, 'today.get')).thankYous[0]!
    await call(core, 'followups.markSent', { id: thanked.id })

    const result = await call<Output<'sample.remove'>>(core, 'sample.remove')
    expect(result.keptPeople).toBe(3)
    expect(await call(core, 'sample.status')).toEqual({ present: false, people: 0 })
    const left = await everyone(core)
    expect(left.map((person) => person.givenName).sort()).toEqual(['Alex', 'Priya', 'Sam', 'Tom'])
    expect((await call<{ id: string }[]>(core, 'meetings.list', {})).map((m) => m.id)).toEqual([ownMeeting.id])
    const sam = await call<{ timeline: { id: string }[] }>(core, 'people.get', { id: byName('Sam').id })
    expect(sam.timeline.map((entry) => entry.id)).toEqual([ownNote.id])
    expect(await call<FollowupView[]>(core, 'followups.list', {})).toEqual([])
    expect((await call<{ id: string }[]>(core, 'topics.list')).map((t) => t.id)).toEqual([ownTopic.id])
    expect(rowCount(core, 'sample_rows')).toBe(0)
    expect(rowCount(core, 'events')).toBe(0)
    // The user's Rust tag stays; a sample tag no one carries any more goes.
    const tagNames = core.ctx.sqlite.prepare('SELECT name FROM tags ORDER BY name').pluck().all()
    expect(tagNames).toContain('Rust')
    expect(tagNames).not.toContain('Design')
    expect(own.id).toBe(left.find((person) => person.givenName === 'Alex')!.id)

    // A second removal finds nothing; loading again is possible and complete.
    expect(await call(core, 'sample.remove')).toEqual({ removed: 0, keptPeople: 0 })
    expect(await call(core, 'sample.load', { language: 'en' })).toMatchObject({ present: true, people: 5 })
  })

  it('takes the sample people with the reconnects the daily pass made for them, unsent', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z'))
    await call(core, 'sample.load', { language: 'en' })
    await call(core, 'aftercare.daily')
    expect((await call<FollowupView[]>(core, 'followups.list', {})).some((f) => f.kind === 'reconnect')).toBe(true)
    expect(await call(core, 'sample.remove')).toMatchObject({ keptPeople: 0 })
    expect(await everyone(core)).toEqual([])
    expect(rowCount(core, 'followups') + rowCount(core, 'keep_in_touch')).toBe(0)
  })

  it('keeps a sample meeting the user ended themselves, with the follow-ups it made', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z', 'Asia/Tokyo'))
    await call(core, 'sample.load', { language: 'ja' })
    const planned = (await call<Today>(core, 'today.get')).meetings[0]!
    await call(core, 'meetings.saveNotes', { id: planned.id, section: 'myPromises', text: '- 記事を送る' })
    const ended = await call<Output<'meetings.end'>>(core, 'meetings.end', { id: planned.id })
    await call(core, 'sample.remove')
    expect(await call(core, 'meetings.get', { id: planned.id })).toMatchObject({ status: 'ended', myPromises: '- 記事を送る' })
    const left = await call<FollowupView[]>(core, 'followups.list', {})
    expect(left.map((f) => f.id).sort()).toEqual([ended.thankYou.id, ...ended.promises.map((p) => p.id)].sort())
    expect(left.every((f) => f.meetingId === planned.id)).toBe(true)
    expect((await everyone(core)).map((person) => person.familyName)).toEqual(['高橋'])
  })
})
