import { describe, expect, it } from 'vitest'
import { eventMatches, maxTargets, prepState, reflectionDue, wizardSteps } from '../../../src/shared/domain/events'

const noEnergy = { arriveAt: '', leaveBy: '', breakPlan: '', recovery: '', quietPlace: '' }
const blank = { wizardStep: 0, attendeeCount: 0, targetCount: 0, goalCount: 0, topicCount: 0, energy: noEnergy }
const last = wizardSteps.length - 1
const ready = { wizardStep: last, attendeeCount: 5, targetCount: 1, goalCount: 1, topicCount: 0, energy: { ...noEnergy, leaveBy: '20:30' } }

describe('event preparation', () => {
  it('keeps targets to a few', async () => {
    expect(maxTargets).toBe(3)
  })

  it('has not started with only the basics', async () => {
    expect(prepState(blank)).toBe('not_started')
    expect(prepState({ ...blank, energy: { ...noEnergy, recovery: '   ' } })).toBe('not_started')
  })

  it.each([
    ['a later step', { wizardStep: 1 }],
    ['an attendee', { attendeeCount: 1 }],
    ['a goal', { goalCount: 1 }],
    ['a topic', { topicCount: 2 }],
    ['a quiet place', { energy: { ...noEnergy, quietPlace: '駅前のカフェ' } }]
  ])('is in progress with %s', async (_label, change) => {
    expect(prepState({ ...blank, ...change })).toBe('in_progress')
  })

  it('is ready with a goal, a target, an arrival or leave time, at the last step', async () => {
    expect(prepState(ready)).toBe('ready')
    expect(prepState({ ...ready, energy: { ...noEnergy, arriveAt: '18:45' } })).toBe('ready')
  })

  it.each([
    ['no goal', { goalCount: 0 }],
    ['no target', { targetCount: 0 }],
    ['no time in the energy plan', { energy: { ...noEnergy, breakPlan: '20:00に一度外へ' } }],
    ['the wizard not finished', { wizardStep: last - 1 }]
  ])('is still in progress with %s', async (_label, change) => {
    expect(prepState({ ...ready, ...change })).toBe('in_progress')
  })
})

describe('reflection due', () => {
  const tokyo = 'Asia/Tokyo'
  const event = { endsAt: '2026-12-03T12:00:00.000Z', reflectedAt: null } // 21:00 in Tokyo

  it('is due on the day the event ends and the next day', async () => {
    expect(reflectionDue(event, new Date('2026-12-02T23:30:00Z'), tokyo)).toBe(true) // 08:30 on the 3rd
    expect(reflectionDue(event, new Date('2026-12-04T14:59:00Z'), tokyo)).toBe(true) // 23:59 on the 4th
  })

  it('is not due before that day or after the next', async () => {
    expect(reflectionDue(event, new Date('2026-12-02T14:59:00Z'), tokyo)).toBe(false) // 23:59 on the 2nd
    expect(reflectionDue(event, new Date('2026-12-04T15:00:00Z'), tokyo)).toBe(false) // 00:00 on the 5th
  })

  it('is never due once reflected, nor for an unreadable end', async () => {
    expect(reflectionDue({ ...event, reflectedAt: '2026-12-03T13:00:00Z' }, new Date('2026-12-03T13:00:00Z'), tokyo)).toBe(false)
    expect(reflectionDue({ endsAt: 'soon', reflectedAt: null }, new Date('2026-12-03T13:00:00Z'), tokyo)).toBe(false)
  })

  it('counts from the day it ends for an event across midnight', async () => {
    // 22:00 on Friday 4 Dec to 01:00 on Saturday 5 Dec, Tokyo.
    const late = { endsAt: '2026-12-04T16:00:00.000Z', reflectedAt: null }
    expect(reflectionDue(late, new Date('2026-12-04T13:30:00Z'), tokyo)).toBe(false) // 22:30 Fri, before the end day
    expect(reflectionDue(late, new Date('2026-12-05T00:00:00Z'), tokyo)).toBe(true) // Sat
    expect(reflectionDue(late, new Date('2026-12-06T14:00:00Z'), tokyo)).toBe(true) // 23:00 Sun
    expect(reflectionDue(late, new Date('2026-12-06T15:00:00Z'), tokyo)).toBe(false) // Mon
  })

  it('uses the user’s own zone, not Japan’s', async () => {
    // 02:00 UTC on the 4th is still the evening of the 3rd in New York and already the 4th in Berlin.
    const instant = { endsAt: '2026-12-04T02:00:00.000Z', reflectedAt: null }
    const fifthNoonUtc = new Date('2026-12-05T12:00:00Z')
    expect(reflectionDue(instant, fifthNoonUtc, 'America/New_York')).toBe(false) // end day 3rd, now 5th
    expect(reflectionDue(instant, fifthNoonUtc, 'Europe/Berlin')).toBe(true) // end day 4th, now 5th
    expect(reflectionDue(instant, new Date('2026-12-04T12:00:00Z'), 'Pacific/Auckland')).toBe(true)
  })

  it('is unaffected by a daylight-saving change overnight', async () => {
    // Ends 23:00 on Saturday 7 Mar 2026 in New York; clocks jump forward that night.
    const spring = { endsAt: '2026-03-08T04:00:00.000Z', reflectedAt: null }
    expect(reflectionDue(spring, new Date('2026-03-09T03:30:00Z'), 'America/New_York')).toBe(true) // 23:30 Sun 8th
    expect(reflectionDue(spring, new Date('2026-03-09T04:30:00Z'), 'America/New_York')).toBe(false) // 00:30 Mon 9th
  })
})

describe('eventMatches', () => {
  const event = { name: 'SRE 勉強会 #8', place: 'シブヤのイベントスペース', notes: 'Kubernetes の運用' }
  it.each([
    ['sre', true],
    ['ＳＲＥ', true],
    ['勉強会 sre', true],
    ['しぶや', true],
    ['ｼﾌﾞﾔ', true],
    ['kubernetes 運用', true],
    ['', true],
    ['meetup', false],
    ['sre meetup', false]
  ])('%s → %s', (query, expected) => {
    expect(eventMatches(event, query)).toBe(expected)
  })
})
