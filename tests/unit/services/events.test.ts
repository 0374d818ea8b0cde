import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import type { EventRow, EventView } from '../../../src/shared/api/events'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>
type Reflected = Output<'events.reflect'>

const tables = ['people', 'events', 'event_people', 'event_topics', 'followups', 'interactions', 'topics']
const counts = (core: Core) => Object.fromEntries(tables.map((table) => [table, rowCount(core, table)]))

// A Saturday-evening meetup in Tokyo: 19:00–21:30 JST on 5 December 2026.
const meetup = { name: 'SRE Meetup Tokyo #12', kind: 'meetup', startsAt: '2026-12-05T10:00:00Z', endsAt: '2026-12-05T12:30:00Z', place: '渋谷' }

async function person(core: Core, fields: Record<string, unknown>): Promise<Person> {
  return call<Person>(core, 'people.create', fields)
}

async function createMeetup(core: Core, fields: Record<string, unknown> = {}): Promise<EventRow> {
  return call<EventRow>(core, 'events.create', { ...meetup, ...fields })
}

describe('preparing for an event', () => {
  it('saves at every step, resumes at the furthest one, and becomes ready', async () => {
    const core = testCore(fixedClock('2026-12-01T03:00:00Z'))
    const event = await createMeetup(core)
    expect(event.wizardStep).toBe(0)
    const sato = await person(core, { familyName: '佐藤', givenName: '美咲', interests: ['オンコール'], expertise: ['Kubernetes'], headline: 'SRE' })
    let view = await call<EventView>(core, 'events.addAttendees', { id: event.id, personIds: [sato.id], newNames: ['Alex Kim'] })
    expect(view.attendees.map((a) => a.person.familyName || a.person.givenName)).toEqual(['佐藤', 'Kim'])
    expect(view.prep).not.toBe('ready')

    view = await call<EventView>(core, 'events.setTarget', { id: event.id, personId: sato.id, target: true })
    const target = view.attendees.find((a) => a.person.id === sato.id)
    // Prefilled from the profile once, then the user's to edit.
    expect(target?.research).toContain('Kubernetes')
    await call(core, 'events.updateResearch', { id: event.id, personId: sato.id, research: '登壇資料を読んだ' })
    const topic = await call<{ id: string }>(core, 'topics.create', { kind: 'question', title: 'オンコールの負荷をどう減らしたか', body: '' })
    await call(core, 'events.setTopics', { id: event.id, topicIds: [topic.id] })
    await call(core, 'events.updatePlan', { id: event.id, patch: { goals: [{ text: 'オンコールの工夫を一人から聞く' }], wizardStep: 3 } })
    await call(core, 'events.updatePlan', { id: event.id, patch: { arriveAt: '18:50', leaveBy: '21:00', wizardStep: 4 } })
    // Going back to an earlier step keeps the furthest one reached.
    await call(core, 'events.updatePlan', { id: event.id, patch: { wizardStep: 2 } })

    view = await call<EventView>(core, 'events.get', { id: event.id })
    expect(view.wizardStep).toBe(4)
    expect(view.attendees.find((a) => a.person.id === sato.id)?.research).toBe('登壇資料を読んだ')
    expect(view.topics.map((t) => t.title)).toEqual(['オンコールの負荷をどう減らしたか'])
    expect(view.prep).toBe('ready')
    const kim = view.attendees.find((a) => a.person.givenName === 'Alex')
    expect(kim?.person.stage).toBe('discovered')
  })

  it('refuses a fourth target and writes nothing', async () => {
    const core = testCore(fixedClock('2026-12-01T03:00:00Z'))
    const event = await createMeetup(core)
    const view = await call<EventView>(core, 'events.addAttendees', { id: event.id, newNames: ['A One', 'B Two', 'C Three', 'D Four'] })
    const [a, b, c, d] = view.attendees.map((attendee) => attendee.person.id)
    for (const personId of [a, b, c]) await call(core, 'events.setTarget', { id: event.id, personId, target: true })
    const before = counts(core)
    const fourth = await core.dispatch('events.setTarget', { id: event.id, personId: d, target: true })
    expect(fourth).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(counts(core)).toEqual(before)
    const after = await call<EventView>(core, 'events.get', { id: event.id })
    expect(after.attendees.filter((attendee) => attendee.target)).toHaveLength(3)
  })

  it('matches pasted names against People in either order, with or without spaces, and by reading', async () => {
    const core = testCore()
    const tanaka = await person(core, { familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう' })
    const alex = await person(core, { familyName: 'Kim', givenName: 'Alex' })
    const matches = await call<Output<'events.matchAttendees'>>(core, 'events.matchAttendees', { text: '田中太郎\nKim Alex, タナカ タロウ\tNew Person' })
    expect(matches.map((row) => [row.name, row.matches.map((m) => m.id)])).toEqual([
      ['田中太郎', [tanaka.id]],
      ['Kim Alex', [alex.id]],
      ['タナカ タロウ', [tanaka.id]],
      ['New Person', []]
    ])
  })

  it('leaves a target in the trash out of the event, and brings them back with their research when restored', async () => {
    const core = testCore(fixedClock('2026-12-01T03:00:00Z'))
    const event = await createMeetup(core)
    const ann = await person(core, { givenName: 'Ann', familyName: 'Lee', expertise: ['Go'] })
    await call(core, 'events.addAttendees', { id: event.id, personIds: [ann.id] })
    await call(core, 'events.setTarget', { id: event.id, personId: ann.id, target: true })
    await call(core, 'people.delete', { id: ann.id })
    const without = await call<EventView>(core, 'events.get', { id: event.id })
    expect(without.attendees).toEqual([])
    expect((await call<{ attendeeCount: number; targetCount: number }[]>(core, 'events.list', {}))[0]).toMatchObject({ attendeeCount: 0, targetCount: 0 })
    expect(await core.dispatch('events.setTarget', { id: event.id, personId: ann.id, target: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await core.dispatch('events.addAttendees', { id: event.id, personIds: [ann.id] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await call(core, 'people.restore', { id: ann.id })
    const back = await call<EventView>(core, 'events.get', { id: event.id })
    expect(back.attendees).toEqual([expect.objectContaining({ target: true, research: expect.stringContaining('Go') })])
  })

  it('keeps an event across midnight on its own dates, and offers the reflection the day it ends and the next', async () => {
    // 22:00 on 5 December to 01:00 on 6 December in Tokyo.
    const clock = fixedClock('2026-12-05T14:30:00Z')
    const core = testCore(clock)
    const event = await createMeetup(core, { startsAt: '2026-12-05T13:00:00Z', endsAt: '2026-12-05T16:00:00Z' })
    const reflectOffered = async () => (await call<Output<'today.get'>>(core, 'today.get', {})).events.find((e) => e.id === event.id)?.reflect
    expect(await reflectOffered()).toBe(false) // under way, on the 5th: not the day it ends
    clock.set('2026-12-05T16:30:00Z') // 01:30 on the 6th
    expect(await reflectOffered()).toBe(true)
    clock.set('2026-12-07T14:59:00Z') // 23:59 on the 7th, the day after it ended
    expect(await reflectOffered()).toBe(true)
    clock.set('2026-12-07T15:00:00Z') // 00:00 on the 8th
    expect(await reflectOffered()).toBeUndefined()
    const ics = await call<{ fileName: string }>(core, 'events.ics', { id: event.id })
    expect(ics.fileName).toBe('2026-12-05 SRE Meetup Tokyo 12.ics')
  })

  it('lists upcoming events soonest first and past ones folded after, latest first', async () => {
    const core = testCore(fixedClock('2026-12-01T03:00:00Z'))
    await createMeetup(core, { name: 'later', startsAt: '2026-12-20T10:00:00Z', endsAt: '2026-12-20T12:00:00Z' })
    await createMeetup(core, { name: 'soon', startsAt: '2026-12-03T10:00:00Z', endsAt: '2026-12-03T12:00:00Z' })
    await createMeetup(core, { name: 'long ago', startsAt: '2026-10-01T10:00:00Z', endsAt: '2026-10-01T12:00:00Z' })
    await createMeetup(core, { name: 'last week', startsAt: '2026-11-24T10:00:00Z', endsAt: '2026-11-24T12:00:00Z' })
    const list = await call<{ name: string }[]>(core, 'events.list', {})
    expect(list.map((event) => event.name)).toEqual(['soon', 'later', 'last week', 'long ago'])
  })

  it('moves to the trash and back, and purges only from the trash', async () => {
    const core = testCore()
    const event = await createMeetup(core)
    expect(await core.dispatch('events.purge', { id: event.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await call(core, 'events.delete', { id: event.id })
    expect(await call<unknown[]>(core, 'events.list', {})).toEqual([])
    expect(await call<{ id: string }[]>(core, 'events.list', { trashed: true })).toEqual([expect.objectContaining({ id: event.id })])
    expect(await core.dispatch('events.updatePlan', { id: event.id, patch: { leaveBy: '20:00' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await call(core, 'events.restore', { id: event.id })
    expect(await call<unknown[]>(core, 'events.list', {})).toHaveLength(1)
    await call(core, 'events.delete', { id: event.id })
    await call(core, 'events.purge', { id: event.id })
    expect(rowCount(core, 'events')).toBe(0)
  })

  it.each([
    ['an event ending before it starts', 'events.create', { ...meetup, endsAt: '2026-12-05T09:00:00Z' }],
    ['a javascript: link', 'events.create', { ...meetup, link: 'javascript:alert(1)' }],
    ['an http: link', 'events.create', { ...meetup, link: 'http://example.com' }],
    ['no name', 'events.create', { ...meetup, name: '  ' }],
    ['an unknown kind', 'events.create', { ...meetup, kind: 'party' }],
    ['a time that is not a time', 'events.create', { ...meetup, startsAt: 'tomorrow' }],
    ['four goals', 'events.updatePlan', { patch: { goals: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }] } }],
    ['an arrival at 25:00', 'events.updatePlan', { patch: { arriveAt: '25:00' } }],
    ['an energy of 6', 'events.reflect', { reflection: { outcomes: [], energy: 6, note: '', met: [] } }],
    ['a person met without a name or id', 'events.reflect', { reflection: { outcomes: [], energy: 3, met: [{ talkedAbout: 'x' }] } }],
    ['a new end before the stored start', 'events.updateBasics', { patch: { endsAt: '2026-12-01T00:00:00Z' } }]
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, procedure, input) => {
    const core = testCore(fixedClock('2026-12-06T03:00:00Z'))
    const event = await createMeetup(core)
    const before = counts(core)
    const stored = await call(core, 'events.get', { id: event.id })
    const result = await core.dispatch(procedure, procedure === 'events.create' ? input : { id: event.id, ...input })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(counts(core)).toEqual(before)
    expect(await call(core, 'events.get', { id: event.id })).toEqual(stored)
  })
})

describe('reflecting after an event', () => {
  async function heldMeetup() {
    // The next morning in Tokyo (6 December, 09:00 JST).
    const clock = fixedClock('2026-12-06T00:00:00Z')
    const core = testCore(clock)
    const event = await createMeetup(core)
    await call(core, 'events.updatePlan', { id: event.id, patch: { goals: [{ text: 'オンコールの工夫を聞く' }, { text: 'Learn how one team runs postmortems' }] } })
    const sato = await person(core, { familyName: '佐藤', givenName: '美咲', stage: 'engaged_online', cadenceDays: 30 })
    const priya = await person(core, { givenName: 'Priya', familyName: 'Raman', stage: 'ongoing' })
    await call(core, 'events.addAttendees', { id: event.id, personIds: [sato.id, priya.id] })
    return { core, clock, event, sato, priya }
  }

  const reflection = (sato: Person, priya: Person) => ({
    outcomes: ['met', 'partly'],
    energy: 3,
    note: 'Two talks were enough.',
    met: [
      { personId: sato.id, talkedAbout: 'オンコールの当番表', promised: '- 当番表のテンプレートを送る' },
      { personId: priya.id, talkedAbout: 'blameless postmortems' },
      { name: '山本 健', talkedAbout: 'Terraform の移行' }
    ]
  })

  it('logs each person on the timeline, moves stages to met (never back), and makes same-day thank-yous and promises', async () => {
    const { core, event, sato, priya } = await heldMeetup()
    const result = await call<Reflected>(core, 'events.reflect', { id: event.id, reflection: reflection(sato, priya) })

    expect(result.event.goals.map((g) => g.outcome)).toEqual(['met', 'partly'])
    expect(result.event.energy).toBe(3)
    expect(result.thankYous).toHaveLength(3)
    for (const thankYou of result.thankYous) expect(thankYou).toMatchObject({ kind: 'thank_you', dueOn: '2026-12-06', eventId: event.id })
    const toSato = result.thankYous.find((f) => f.personId === sato.id)
    expect(toSato?.language).toBe('ja')
    expect(toSato?.draft).toContain('SRE Meetup Tokyo #12')
    expect(toSato?.draft).toContain('オンコールの当番表')
    const toPriya = result.thankYous.find((f) => f.personId === priya.id)
    expect(toPriya?.language).toBe('en')
    expect(toPriya?.draft).toContain('SRE Meetup Tokyo #12')

    const satoNow = await call<Person & { timeline: { kind: string; summary: string; body: string }[] }>(core, 'people.get', { id: sato.id })
    expect(satoNow.stage).toBe('met')
    expect(satoNow.timeline).toEqual([expect.objectContaining({ kind: 'event', summary: 'SRE Meetup Tokyo #12', body: 'オンコールの当番表' })])
    expect(satoNow.lastContactAt).toBe('2026-12-05T12:30:00.000Z')
    expect(satoNow.nextContactOn).toBe('2027-01-04')
    expect((await call<Person>(core, 'people.get', { id: priya.id })).stage).toBe('ongoing')

    const yamamoto = result.event.attendees.find((a) => a.person.familyName === '山本')
    expect(yamamoto).toMatchObject({ met: true, attending: false, person: { stage: 'met' } })
    const promises = await call<{ title: string; dueOn: string; personId: string }[]>(core, 'followups.list', { personId: sato.id })
    expect(promises.filter((f) => f.title !== '').map((f) => [f.title, f.dueOn])).toEqual([['当番表のテンプレートを送る', '2026-12-13']])

    const today = await call<Output<'today.get'>>(core, 'today.get', {})
    expect(today.thankYous).toHaveLength(3)
  })

  it('creates nothing twice when saved again, even a person typed by name', async () => {
    const { core, event, sato, priya } = await heldMeetup()
    await call(core, 'events.reflect', { id: event.id, reflection: reflection(sato, priya) })
    const once = counts(core)
    const again = await call<Reflected>(core, 'events.reflect', { id: event.id, reflection: { ...reflection(sato, priya), energy: 4 } })
    expect(counts(core)).toEqual(once)
    expect(again.thankYous).toHaveLength(3)
    expect(again.event.energy).toBe(4)
  })

  it('finds someone typed by name who is already in People instead of adding them again', async () => {
    const { core, event, sato, priya } = await heldMeetup()
    const ken = await person(core, { familyName: '山本', givenName: '健' })
    const result = await call<Reflected>(core, 'events.reflect', { id: event.id, reflection: reflection(sato, priya) })
    expect(result.event.attendees.find((a) => a.person.familyName === '山本')?.person.id).toBe(ken.id)
  })

  it('refuses a person in the trash and writes nothing', async () => {
    const { core, event, sato, priya } = await heldMeetup()
    await call(core, 'people.delete', { id: priya.id })
    const before = counts(core)
    const result = await core.dispatch('events.reflect', { id: event.id, reflection: reflection(sato, priya) })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(counts(core)).toEqual(before)
  })

  it('is refused before the event starts', async () => {
    const core = testCore(fixedClock('2026-12-01T00:00:00Z'))
    const event = await createMeetup(core)
    expect(await core.dispatch('events.reflect', { id: event.id, reflection: { outcomes: [], energy: 3, met: [] } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('is offered on Today on the day the event ends and the next, in the user’s zone', async () => {
    // Ends 23:30 in New York on 5 December, which is already 6 December in UTC.
    const clock = fixedClock('2026-12-05T12:00:00Z', 'America/New_York')
    const core = testCore(clock)
    const event = await createMeetup(core, { startsAt: '2026-12-06T01:00:00Z', endsAt: '2026-12-06T04:30:00Z' })
    const itemFor = async () => (await call<Output<'today.get'>>(core, 'today.get', {})).events.find((e) => e.id === event.id)
    expect(await itemFor()).toMatchObject({ reflect: false })
    clock.set('2026-12-06T05:00:00Z') // 00:00 on 6 December in New York: the next day
    expect(await itemFor()).toMatchObject({ reflect: true })
    clock.set('2026-12-07T06:00:00Z') // 01:00 on 7 December: two days on, no longer offered
    expect(await itemFor()).toBeUndefined()
  })
})

describe('the prep sheet and calendar file', () => {
  it('writes the sheet as Markdown with targets, two openers each, goals and the energy plan', async () => {
    const core = testCore(fixedClock('2026-12-01T03:00:00Z'))
    const event = await createMeetup(core)
    const sato = await person(core, { familyName: '佐藤', givenName: '美咲', interests: ['オンコール'], headline: 'SRE' })
    await call(core, 'events.addAttendees', { id: event.id, personIds: [sato.id], newNames: ['Alex Kim'] })
    await call(core, 'events.setTarget', { id: event.id, personId: sato.id, target: true })
    await call(core, 'events.updatePlan', { id: event.id, patch: { goals: [{ text: 'オンコールの工夫を聞く' }], leaveBy: '21:00' } })
    const sheet = await call<{ fileName: string; text: string }>(core, 'events.sheetMarkdown', { id: event.id, language: 'ja' })
    // `#` would start a heading link in Obsidian: the vault's file namer leaves it out.
    expect(sheet.fileName).toBe('2026-12-05 SRE Meetup Tokyo 12 準備シート.md')
    expect(sheet.text).toMatch(/^---\nid: /)
    expect(sheet.text).toContain('## 話したい人')
    expect(sheet.text).toContain('### 佐藤 美咲 — SRE')
    expect(sheet.text).toContain('オンコールの工夫を聞く')
    expect(sheet.text).toContain('退出: 21:00')
    expect(sheet.text).toContain('Alex Kim')
    const openers = sheet.text.split('**話しかけ方**')[1]?.split('\n\n')[1]?.split('\n') ?? []
    expect(openers).toHaveLength(2)
  })

  it('writes an .ics with the event’s own times and a stable UID', async () => {
    const core = testCore()
    const event = await createMeetup(core, { link: 'https://connpass.com/event/1/' })
    const first = await call<{ text: string }>(core, 'events.ics', { id: event.id })
    const second = await call<{ text: string }>(core, 'events.ics', { id: event.id })
    expect(first.text).toContain(`UID:event-${event.id}@engawa.local`)
    expect(first.text).toContain('DTSTART:20261205T100000Z')
    expect(first.text).toContain('DTEND:20261205T123000Z')
    expect(second.text.match(/UID:.*/)?.[0]).toBe(first.text.match(/UID:.*/)?.[0])
  })
})
