import { describe, expect, it } from 'vitest'
import type { KeepInTouchState } from '../../../src/shared/api/aftercare'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Person } from '../../../src/shared/api/people'
import type { TodayView } from '../../../src/shared/api/today'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>

// 27 Nov 2026, noon in Tokyo.
const noon = '2026-11-27T03:00:00Z'

/** A person on a monthly cadence whose last conversation was `daysAgo` days before noon. */
async function lapsed(core: Core, name: string, daysAgo: number, summary = 'Coffee', body = '') {
  const person = await call<Person>(core, 'people.create', { ...splitName(name), cadenceDays: 30, stage: 'met' })
  const occurredAt = new Date(Date.parse(noon) - daysAgo * 86_400_000).toISOString()
  await call(core, 'interactions.add', { personId: person.id, kind: 'meeting', occurredAt, summary, body })
  return person
}

function splitName(name: string) {
  const [familyName = '', givenName = ''] = name.split(' ')
  return /^[A-Za-z]/.test(name) ? { familyName: givenName, givenName: familyName } : { familyName, givenName }
}

const pending = (core: Core, kind: string) => call<FollowupView[]>(core, 'followups.list', {}).then((list) => list.filter((f) => f.kind === kind))

describe('aftercare: the daily pass', () => {
  it('makes a reconnect follow-up recalling the last conversation, once a day, signed, in their language', async () => {
    const core = testCore(fixedClock(noon))
    await call(core, 'settings.update', { signatures: { ja: '山田 太郎', en: 'Taro' } })
    const tanaka = await lapsed(core, '田中 一郎', 40, 'コーヒー', '- 社内勉強会の立ち上げ')
    await lapsed(core, 'Alex Kim', 10)
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 1 })
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 0 })
    const [reconnect, ...more] = await pending(core, 'reconnect')
    expect(more).toEqual([])
    expect(reconnect).toMatchObject({ personId: tanaka.id, language: 'ja', dueOn: '2026-11-27' })
    expect(reconnect?.draft).toContain('「社内勉強会の立ち上げ」')
    expect(reconnect?.draft.endsWith('\n\n山田 太郎')).toBe(true)
    expect(await call<KeepInTouchState>(core, 'aftercare.keepInTouch', { personId: tanaka.id })).toMatchObject({ lastSuggestedOn: '2026-11-27' })
  })

  it('caps reconnects per day by the setting; the rest wait as one quiet line on Today', async () => {
    const core = testCore(fixedClock(noon))
    await call(core, 'settings.update', { reconnectsPerDay: 2 })
    for (const [index, name] of ['Ann Lee', 'Ben Ito', 'Cy Ono', 'Di Abe', 'Ed Mori'].entries()) await lapsed(core, name, 40 + index)
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 2 })
    const today = await call<TodayView>(core, 'today.get')
    expect(today.followups.filter((f) => f.kind === 'reconnect')).toHaveLength(2)
    expect(today.reconnectOverflow).toEqual({ count: 3, days: 2 })
  })

  it('answers Today from what it remembered only while nothing changed: a new lapse, a snooze and the next day show at once', async () => {
    const clock = fixedClock(noon)
    const core = testCore(clock)
    await call(core, 'settings.update', { reconnectsPerDay: 1 })
    await lapsed(core, 'Ann Lee', 40)
    await lapsed(core, 'Ben Ito', 41)
    // A day short of her month: due tomorrow.
    await lapsed(core, 'Di Abe', 29)
    const overflow = async () => (await call<TodayView>(core, 'today.get')).reconnectOverflow
    expect(await overflow()).toEqual({ count: 1, days: 1 })
    expect(await overflow()).toEqual({ count: 1, days: 1 })
    const cy = await lapsed(core, 'Cy Ono', 42)
    expect(await overflow()).toEqual({ count: 2, days: 2 })
    await call(core, 'aftercare.setKeepInTouch', { personId: cy.id, snoozedUntil: '2026-12-27', off: false })
    expect(await overflow()).toEqual({ count: 1, days: 1 })
    // The next day, with nothing written since: Di's month is up, and she waits too.
    clock.set('2026-11-28T03:00:00Z')
    expect(await call<TodayView>(core, 'today.get')).toMatchObject({ today: '2026-11-28', reconnectOverflow: { count: 2, days: 2 } })
  })

  it('keeps Today to seven: thank-yous, then promises, then at most three reconnects; the rest folded', async () => {
    const core = testCore(fixedClock(noon))
    await call(core, 'settings.update', { reconnectsPerDay: 5 })
    for (const [index, name] of ['Ann Lee', 'Ben Ito', 'Cy Ono', 'Di Abe', 'Ed Mori'].entries()) await lapsed(core, name, 40 + index)
    await call(core, 'aftercare.daily')
    const tanaka = await call<Person>(core, 'people.quickAdd', { name: '田中 一郎' })
    const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: tanaka.id })
    await call(core, 'meetings.saveNotes', { id: meeting.id, section: 'myPromises', text: 'a\nb\nc' })
    await call(core, 'meetings.end', { id: meeting.id })
    // Promises fall due a week after the meeting; bring them to today.
    core.ctx.sqlite.prepare("UPDATE followups SET due_on = '2026-11-27' WHERE kind = 'promised_action'").run()
    const today = await call<TodayView>(core, 'today.get')
    expect(today.thankYous).toHaveLength(1)
    expect(today.followups.map((f) => f.kind)).toEqual(['promised_action', 'promised_action', 'promised_action', 'reconnect', 'reconnect', 'reconnect'])
    expect(today.folded).toBe(2)
  })

  it('congratulates on the day: a year-less birthday, a job change on its date, never twice', async () => {
    const core = testCore(fixedClock(noon))
    const person = await call<Person>(core, 'people.create', {
      familyName: 'Kim',
      givenName: 'Alex',
      milestones: [
        { kind: 'birthday', date: '--11-27' },
        { kind: 'job_change', date: '2026-11-27', note: 'Joined Mercari' },
        { kind: 'promotion', date: '2026-11-28' }
      ]
    })
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 2 })
    // Editing the profile re-creates its milestones; the day's congratulations are not made again.
    await call(core, 'people.update', { id: person.id, patch: { headline: 'SRE' } })
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 0 })
    const congratulations = await pending(core, 'congratulate')
    expect(congratulations.map((f) => f.draft.split('\n')[2])).toEqual(
      expect.arrayContaining(['Happy birthday! I hope it’s a good year.', 'Congratulations on the new role (Joined Mercari)! I hope the first weeks are going well.'])
    )
  })

  it('leaves out people in the trash, snoozed or turned off; snoozing puts the open reconnect away', async () => {
    const clock = fixedClock(noon)
    const core = testCore(clock)
    const trashed = await lapsed(core, 'Ann Lee', 40)
    const snoozed = await lapsed(core, 'Ben Ito', 40)
    await call(core, 'people.delete', { id: trashed.id })
    await call(core, 'aftercare.daily')
    expect((await pending(core, 'reconnect')).map((f) => f.personId)).toEqual([snoozed.id])
    await call(core, 'aftercare.setKeepInTouch', { personId: snoozed.id, snoozedUntil: '2026-12-10', off: false })
    expect(await pending(core, 'reconnect')).toEqual([])
    clock.set('2026-12-01T03:00:00Z')
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 0 })
    await call(core, 'aftercare.setKeepInTouch', { personId: snoozed.id, snoozedUntil: null, off: true })
    expect(await call<KeepInTouchState>(core, 'aftercare.keepInTouch', { personId: snoozed.id })).toMatchObject({ off: true, snoozedUntil: null })
  })

  it.each([
    ['a snooze that is not later than today', { snoozedUntil: '2026-11-27', off: false }],
    ['a date that does not exist', { snoozedUntil: '2026-11-31', off: false }],
    ['no answer for off', { snoozedUntil: null }],
    ['a person id that is not one', { personId: 'nope', snoozedUntil: null, off: true }]
  ])('refuses %s and writes nothing', async (_, patch) => {
    const core = testCore(fixedClock(noon))
    const person = await lapsed(core, 'Ann Lee', 40)
    await call(core, 'aftercare.daily')
    const before = [rowCount(core, 'keep_in_touch'), (await pending(core, 'reconnect')).length]
    expect(await core.dispatch('aftercare.setKeepInTouch', { personId: person.id, ...patch })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect([rowCount(core, 'keep_in_touch'), (await pending(core, 'reconnect')).length]).toEqual(before)
    expect(core.ctx.sqlite.prepare('SELECT snoozed_until, off FROM keep_in_touch').get()).toEqual({ snoozed_until: null, off: 0 })
  })

  it('answers NOT_FOUND for someone unknown', async () => {
    const core = testCore(fixedClock(noon))
    expect(await core.dispatch('aftercare.keepInTouch', { personId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
