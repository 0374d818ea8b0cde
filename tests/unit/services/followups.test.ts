import { describe, expect, it } from 'vitest'
import type { FollowupView } from '../../../src/shared/api/followups'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

async function endedMeeting(core: ReturnType<typeof testCore>, name = '田中 太郎') {
  const person = await call<Person>(core, 'people.quickAdd', { name })
  const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Coffee' })
  await call(core, 'meetings.saveNotes', { id: meeting.id, section: 'myPromises', text: 'send the article' })
  return { person, ended: await call<Output<'meetings.end'>>(core, 'meetings.end', { id: meeting.id }) }
}

describe('follow-ups', () => {
  it('marks a thank-you sent: logged on the timeline, gone from the inbox', async () => {
    const clock = fixedClock('2026-11-27T09:00:00Z', 'Europe/Berlin')
    const core = testCore(clock)
    const { person, ended } = await endedMeeting(core)
    await call(core, 'followups.updateDraft', { id: ended.thankYou.id, draft: 'ありがとうございました！' })
    clock.set('2026-11-27T12:00:00Z')
    const sent = await call<FollowupView>(core, 'followups.markSent', { id: ended.thankYou.id })
    expect(sent).toMatchObject({ status: 'sent', doneAt: '2026-11-27T12:00:00.000Z' })
    const timeline = (await call<Person & { timeline: { kind: string; body: string }[] }>(core, 'people.get', { id: person.id })).timeline
    expect(timeline[0]).toMatchObject({ kind: 'thank_you_sent', body: 'ありがとうございました！' })
    expect((await call<FollowupView[]>(core, 'followups.list', {})).map((f) => f.kind)).toEqual(['promised_action'])
    expect(await core.dispatch('followups.markSent', { id: ended.thankYou.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('snoozes to tomorrow, next week or a date, and never into the past', async () => {
    const core = testCore(fixedClock('2026-11-27T20:00:00Z', 'Asia/Tokyo')) // 28 Nov, 05:00 in Tokyo
    const { ended } = await endedMeeting(core)
    const id = ended.thankYou.id
    expect((await call<FollowupView>(core, 'followups.snooze', { id, until: 'tomorrow' })).dueOn).toBe('2026-11-29')
    expect((await call<FollowupView>(core, 'followups.snooze', { id, until: 'next_week' })).dueOn).toBe('2026-12-05')
    expect(await call<FollowupView>(core, 'followups.snooze', { id, until: '2026-12-24' })).toMatchObject({ dueOn: '2026-12-24', originalDueOn: '2026-11-28', when: 'later' })
    expect(await core.dispatch('followups.snooze', { id, until: '2026-11-28' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await core.dispatch('followups.snooze', { id, until: 'someday' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('shows past-due items as waiting, and snoozes all thank-yous for the tray', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z', 'Asia/Tokyo')
    const core = testCore(clock)
    await endedMeeting(core, '佐藤 美咲')
    await endedMeeting(core, 'Alex Kim')
    clock.set('2026-11-29T03:00:00Z')
    const waiting = (await call<FollowupView[]>(core, 'followups.list', {})).filter((f) => f.kind === 'thank_you')
    expect(waiting.map((f) => f.when)).toEqual(['waiting', 'waiting'])
    expect(await call(core, 'followups.snoozeAllThankYous')).toEqual({ snoozed: 2 })
    expect((await call<Output<'today.get'>>(core, 'today.get')).thankYous).toEqual([])
  })

  it('dismisses without logging anything', async () => {
    const core = testCore()
    const { ended } = await endedMeeting(core)
    const before = rowCount(core, 'interactions')
    expect((await call<FollowupView>(core, 'followups.dismiss', { id: ended.promises[0]!.id })).status).toBe('dismissed')
    expect(rowCount(core, 'interactions')).toBe(before)
  })

  it('creates a follow-up by hand, and none for a person in the trash', async () => {
    const core = testCore()
    const person = await call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
    expect(await call<FollowupView>(core, 'followups.create', { personId: person.id, kind: 'share_resource', title: 'Send the SLO talk', dueOn: '2026-12-01' })).toMatchObject({
      kind: 'share_resource',
      language: 'en'
    })
    await call(core, 'people.delete', { id: person.id })
    expect(await call<FollowupView[]>(core, 'followups.list', {})).toEqual([])
    expect(await core.dispatch('followups.create', { personId: person.id, kind: 'reconnect', dueOn: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('Today', () => {
  it('orders thank-yous, then one-on-ones this week with their preparation, then follow-ups, at most seven', async () => {
    const clock = fixedClock('2026-11-20T03:00:00Z', 'Asia/Tokyo')
    const core = testCore(clock)
    for (const name of ['A One', 'B Two']) await endedMeeting(core, name)
    clock.set('2026-11-27T03:00:00Z')
    for (const name of ['C Three', 'D Four', 'E Five']) await endedMeeting(core, name)
    const person = await call<Person>(core, 'people.quickAdd', { name: 'Planned Person' })
    const soon = await call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Talk about SLOs' })
    await call(core, 'meetings.update', { id: soon.id, patch: { startsAt: '2026-11-30T06:00:00Z', questions: [{ text: 'How?', source: 'own' }] } })
    const far = await call<{ id: string }>(core, 'meetings.create', { personId: person.id })
    await call(core, 'meetings.update', { id: far.id, patch: { startsAt: '2027-01-30T06:00:00Z' } })

    const today = await call<Output<'today.get'>>(core, 'today.get')
    expect(today.today).toBe('2026-11-27')
    expect(today.thankYous).toHaveLength(5)
    expect(today.thankYous.slice(0, 2).map((f) => f.when)).toEqual(['waiting', 'waiting'])
    expect(today.meetings.map((m) => [m.purpose, m.prep])).toEqual([['Talk about SLOs', 'ready']])
    // Promises from the first two meetings came due on the 27th; one fits, the other is folded.
    expect(today.followups).toHaveLength(1)
    expect(today.folded).toBe(1)
  })

  it('counts the coming week in the user’s calendar, not in UTC', async () => {
    for (const [timeZone, shown] of [
      ['UTC', 1],
      ['Asia/Tokyo', 0]
    ] as const) {
      const core = testCore(fixedClock('2026-11-27T03:00:00Z', timeZone))
      const person = await call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
      const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id })
      // 16:00 on 4 Dec in UTC is already 5 Dec in Tokyo: eight days away there.
      await call(core, 'meetings.update', { id: meeting.id, patch: { startsAt: '2026-12-04T16:00:00Z' } })
      expect((await call<Output<'today.get'>>(core, 'today.get')).meetings).toHaveLength(shown)
    }
  })
})
