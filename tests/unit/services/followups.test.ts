import { describe, expect, it } from 'vitest'
import type { FollowupView } from '../../../src/shared/api/meetings'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

function endedMeeting(core: ReturnType<typeof testCore>, name = '田中 太郎') {
  const person = call<Person>(core, 'people.quickAdd', { name })
  const meeting = call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Coffee' })
  call(core, 'meetings.saveNotes', { id: meeting.id, section: 'myPromises', text: 'send the article' })
  return { person, ended: call<Output<'meetings.end'>>(core, 'meetings.end', { id: meeting.id }) }
}

describe('follow-ups', () => {
  it('marks a thank-you sent: logged on the timeline, gone from the inbox', () => {
    const clock = fixedClock('2026-11-27T09:00:00Z', 'Europe/Berlin')
    const core = testCore(clock)
    const { person, ended } = endedMeeting(core)
    call(core, 'followups.updateDraft', { id: ended.thankYou.id, draft: 'ありがとうございました！' })
    clock.set('2026-11-27T12:00:00Z')
    const sent = call<FollowupView>(core, 'followups.markSent', { id: ended.thankYou.id })
    expect(sent).toMatchObject({ status: 'sent', doneAt: '2026-11-27T12:00:00.000Z' })
    const timeline = call<Person & { timeline: { kind: string; body: string }[] }>(core, 'people.get', { id: person.id }).timeline
    expect(timeline[0]).toMatchObject({ kind: 'thank_you_sent', body: 'ありがとうございました！' })
    expect(call<FollowupView[]>(core, 'followups.list', {}).map((f) => f.kind)).toEqual(['promised_action'])
    expect(core.dispatch('followups.markSent', { id: ended.thankYou.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('snoozes to tomorrow, next week or a date, and never into the past', () => {
    const core = testCore(fixedClock('2026-11-27T20:00:00Z', 'Asia/Tokyo')) // 28 Nov, 05:00 in Tokyo
    const { ended } = endedMeeting(core)
    const id = ended.thankYou.id
    expect(call<FollowupView>(core, 'followups.snooze', { id, until: 'tomorrow' }).dueOn).toBe('2026-11-29')
    expect(call<FollowupView>(core, 'followups.snooze', { id, until: 'next_week' }).dueOn).toBe('2026-12-05')
    expect(call<FollowupView>(core, 'followups.snooze', { id, until: '2026-12-24' })).toMatchObject({ dueOn: '2026-12-24', originalDueOn: '2026-11-28', when: 'later' })
    expect(core.dispatch('followups.snooze', { id, until: '2026-11-28' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(core.dispatch('followups.snooze', { id, until: 'someday' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('shows past-due items as waiting, and snoozes all thank-yous for the tray', () => {
    const clock = fixedClock('2026-11-27T03:00:00Z', 'Asia/Tokyo')
    const core = testCore(clock)
    endedMeeting(core, '佐藤 美咲')
    endedMeeting(core, 'Alex Kim')
    clock.set('2026-11-29T03:00:00Z')
    const waiting = call<FollowupView[]>(core, 'followups.list', {}).filter((f) => f.kind === 'thank_you')
    expect(waiting.map((f) => f.when)).toEqual(['waiting', 'waiting'])
    expect(call(core, 'followups.snoozeAllThankYous')).toEqual({ snoozed: 2 })
    expect(call<Output<'today.get'>>(core, 'today.get').thankYous).toEqual([])
  })

  it('dismisses without logging anything', () => {
    const core = testCore()
    const { ended } = endedMeeting(core)
    const before = rowCount(core, 'interactions')
    expect(call<FollowupView>(core, 'followups.dismiss', { id: ended.promises[0]!.id }).status).toBe('dismissed')
    expect(rowCount(core, 'interactions')).toBe(before)
  })

  it('creates a follow-up by hand, and none for a person in the trash', () => {
    const core = testCore()
    const person = call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
    expect(call<FollowupView>(core, 'followups.create', { personId: person.id, kind: 'share_resource', title: 'Send the SLO talk', dueOn: '2026-12-01' })).toMatchObject({
      kind: 'share_resource',
      language: 'en'
    })
    call(core, 'people.delete', { id: person.id })
    expect(call<FollowupView[]>(core, 'followups.list', {})).toEqual([])
    expect(core.dispatch('followups.create', { personId: person.id, kind: 'reconnect', dueOn: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('Today', () => {
  it('orders thank-yous, then one-on-ones this week with their preparation, then follow-ups, at most seven', () => {
    const clock = fixedClock('2026-11-20T03:00:00Z', 'Asia/Tokyo')
    const core = testCore(clock)
    for (const name of ['A One', 'B Two']) endedMeeting(core, name)
    clock.set('2026-11-27T03:00:00Z')
    for (const name of ['C Three', 'D Four', 'E Five']) endedMeeting(core, name)
    const person = call<Person>(core, 'people.quickAdd', { name: 'Planned Person' })
    const soon = call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Talk about SLOs' })
    call(core, 'meetings.update', { id: soon.id, patch: { startsAt: '2026-11-30T06:00:00Z', questions: [{ text: 'How?', source: 'own' }] } })
    const far = call<{ id: string }>(core, 'meetings.create', { personId: person.id })
    call(core, 'meetings.update', { id: far.id, patch: { startsAt: '2027-01-30T06:00:00Z' } })

    const today = call<Output<'today.get'>>(core, 'today.get')
    expect(today.today).toBe('2026-11-27')
    expect(today.thankYous).toHaveLength(5)
    expect(today.thankYous.slice(0, 2).map((f) => f.when)).toEqual(['waiting', 'waiting'])
    expect(today.meetings.map((m) => [m.purpose, m.prep])).toEqual([['Talk about SLOs', 'ready']])
    // Promises from the first two meetings came due on the 27th; one fits, the other is folded.
    expect(today.followups).toHaveLength(1)
    expect(today.folded).toBe(1)
  })

  it('counts the coming week in the user’s calendar, not in UTC', () => {
    for (const [timeZone, shown] of [
      ['UTC', 1],
      ['Asia/Tokyo', 0]
    ] as const) {
      const core = testCore(fixedClock('2026-11-27T03:00:00Z', timeZone))
      const person = call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
      const meeting = call<{ id: string }>(core, 'meetings.create', { personId: person.id })
      // 16:00 on 4 Dec in UTC is already 5 Dec in Tokyo: eight days away there.
      call(core, 'meetings.update', { id: meeting.id, patch: { startsAt: '2026-12-04T16:00:00Z' } })
      expect(call<Output<'today.get'>>(core, 'today.get').meetings).toHaveLength(shown)
    }
  })
})
