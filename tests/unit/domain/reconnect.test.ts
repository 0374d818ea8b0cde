import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/domain/dates'
import { stages } from '../../../src/shared/domain/people'
import { reconnectSuggestions, type ReconnectPerson } from '../../../src/shared/domain/reconnect'

const today = '2026-11-28'

const person = (id: string, fields: Partial<ReconnectPerson> = {}): ReconnectPerson => ({
  id,
  stage: 'met',
  cadenceDays: 30,
  lastContactOn: addDays(today, -30),
  lastSuggestedOn: null,
  snoozedUntil: null,
  reconnectOff: false,
  hasOpenPromise: false,
  ...fields
})

const ids = (people: ReconnectPerson[], day = today, perDay?: number) =>
  reconnectSuggestions({ today: day, people, perDay }).suggestions.map((s) => s.id)

/** Runs the days one after another as the app would, recording each day's suggestions. */
function simulate(people: ReconnectPerson[], from: string, days: number, perDay: number) {
  let current = people.map((p) => ({ ...p }))
  const shown = new Map<string, string[]>()
  for (let i = 0; i < days; i += 1) {
    const day = addDays(from, i)
    const picked = new Set(ids(current, day, perDay))
    current = current.map((p) => (picked.has(p.id) ? { ...p, lastSuggestedOn: day } : p))
    // Asking again the same day, after recording, gives the same list.
    expect(new Set(ids(current, day, perDay))).toEqual(picked)
    shown.set(day, [...picked])
  }
  return shown
}

const firstShown = (shown: Map<string, string[]>) => {
  const first = new Map<string, string>()
  for (const [day, list] of shown) for (const id of list) if (!first.has(id)) first.set(id, day)
  return first
}

describe('reconnect suggestions', () => {
  it('suggests someone once their cadence has passed, not before', () => {
    expect(ids([person('due')])).toEqual(['due'])
    expect(ids([person('early', { lastContactOn: addDays(today, -29) })])).toEqual([])
  })

  it('never suggests someone contacted yesterday or today, whatever their cadence says', () => {
    for (const cadenceDays of [1, 7, 30]) {
      expect(ids([person('y', { cadenceDays, lastContactOn: addDays(today, -1) })])).toEqual([])
      expect(ids([person('t', { cadenceDays, lastContactOn: today })])).toEqual([])
    }
  })

  it('never suggests someone with reconnect off, or without a cadence or any contact yet', () => {
    expect(ids([person('off', { reconnectOff: true }), person('none', { cadenceDays: null }), person('new', { lastContactOn: null })])).toEqual([])
  })

  it('leaves a snoozed person until the snooze ends, then suggests them', () => {
    const snoozed = [person('s', { snoozedUntil: addDays(today, 3) })]
    expect(ids(snoozed)).toEqual([])
    expect(ids(snoozed, addDays(today, 2))).toEqual([])
    expect(ids(snoozed, addDays(today, 3))).toEqual(['s'])
  })

  it('puts an open promise first, then the latest relative to the cadence, the closer stage within the same quarter of lateness', () => {
    const people = [
      person('yearly-60-late', { cadenceDays: 365, lastContactOn: addDays(today, -425) }),
      person('monthly-20-late', { cadenceDays: 30, lastContactOn: addDays(today, -50) }),
      person('promise', { hasOpenPromise: true }),
      person('discovered', { stage: 'discovered' }),
      person('ongoing', { stage: 'ongoing' })
    ]
    // 20 days late on a monthly cadence is two quarters of it; 60 late on a yearly one, none yet.
    expect(ids(people, today, 10)).toEqual(['promise', 'monthly-20-late', 'ongoing', 'yearly-60-late', 'discovered'])
  })

  it('caps the day, says how many wait, and over how many days', () => {
    const people = Array.from({ length: 15 }, (_, i) => person(`p${String(i).padStart(2, '0')}`))
    expect(reconnectSuggestions({ today, people })).toMatchObject({ overflow: 12, overflowDays: 4 })
    expect(ids(people)).toEqual(['p00', 'p01', 'p02'])
    expect(reconnectSuggestions({ today, people, perDay: 5 })).toMatchObject({ overflow: 10, overflowDays: 2 })
  })

  it('does not depend on the order the people come in', () => {
    const people = Array.from({ length: 20 }, (_, i) => person(`p${i}`, { stage: stages[i % stages.length]!, cadenceDays: 14 + i }))
    expect(ids([...people].reverse())).toEqual(ids(people))
  })

  it('brings back an unanswered suggestion one cadence later, not the next day', () => {
    const shown = simulate([person('a', { cadenceDays: 14, lastContactOn: addDays(today, -14) })], today, 30, 3)
    expect([...shown].filter(([, list]) => list.length > 0).map(([day]) => day)).toEqual([today, addDays(today, 14), addDays(today, 28)])
  })

  it('keeps the cap when a suggestion is answered during the day', () => {
    const people = Array.from({ length: 6 }, (_, i) => person(`p${i}`))
    const suggested = people.map((p, i) => (i < 3 ? { ...p, lastSuggestedOn: today } : p))
    const answered = suggested.map((p) => (p.id === 'p0' ? { ...p, lastContactOn: today } : p))
    expect(ids(answered)).toEqual(['p1', 'p2'])
  })

  it('spreads 500 people due on one day: never more than the cap a day, everyone within their cadence plus the spread', () => {
    const people = Array.from({ length: 500 }, (_, i) =>
      person(`p${String(i).padStart(3, '0')}`, { cadenceDays: 30 + (i % 5) * 30, lastContactOn: addDays(today, -(30 + (i % 5) * 30)), stage: stages[i % 5]!, hasOpenPromise: i % 50 === 0 })
    )
    expect(reconnectSuggestions({ today, people })).toMatchObject({ overflow: 497, overflowDays: 166 })
    const spread = Math.ceil(500 / 3)
    const shown = simulate(people, today, spread, 3)
    for (const list of shown.values()) expect(list.length).toBeLessThanOrEqual(3)
    const first = firstShown(shown)
    expect(first.size).toBe(500)
    for (const day of first.values()) expect(day <= addDays(today, spread - 1)).toBe(true)
    // The open promises went first.
    expect([...first].filter(([id]) => Number(id.slice(1)) % 50 === 0).every(([, day]) => day <= addDays(today, 3))).toBe(true)
    // 167 simulated days of 500 people: seconds on a busy machine, so more time than the default.
  }, 60_000)
})

describe('reconnect suggestions, for any people', () => {
  const chance = (percent: number) => fc.integer({ min: 0, max: 99 }).map((n) => n < percent)
  const arbitraryPerson = (id: string) =>
    fc.record({
      stage: fc.constantFrom(...stages),
      cadenceDays: fc.option(fc.integer({ min: 7, max: 730 }), { nil: null, freq: 6 }),
      dueIn: fc.integer({ min: -90, max: 20 }),
      snoozed: chance(10),
      reconnectOff: chance(10),
      hasOpenPromise: chance(20)
    }).map(({ cadenceDays, dueIn, snoozed, ...rest }) =>
      person(id, {
        ...rest,
        cadenceDays,
        lastContactOn: addDays(today, dueIn - (cadenceDays ?? 30)),
        snoozedUntil: snoozed ? addDays(today, 400) : null
      })
    )
  const crowd = fc.integer({ min: 0, max: 120 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryPerson(`p${i}`))))

  it('never exceeds the cap, never suggests the snoozed, the off or the not yet due, and reaches everyone within their due day plus the spread', () => {
    fc.assert(
      fc.property(crowd, fc.integer({ min: 1, max: 5 }), (people, perDay) => {
        const eligible = people.filter((p) => !p.reconnectOff && p.snoozedUntil === null && p.cadenceDays !== null)
        const dueOn = (p: ReconnectPerson) => {
          const due = addDays(p.lastContactOn!, p.cadenceDays!)
          return due > today ? due : today
        }
        const wait = Math.floor(Math.max(0, eligible.length - 1) / perDay)
        const shown = simulate(people, today, 20 + wait + 1, perDay)
        const first = firstShown(shown)
        for (const list of shown.values()) expect(list.length).toBeLessThanOrEqual(perDay)
        for (const p of people) {
          if (!eligible.includes(p)) expect(first.has(p.id)).toBe(false)
        }
        for (const p of eligible) {
          const day = first.get(p.id)
          expect(day).toBeDefined()
          expect(day! >= dueOn(p)).toBe(true)
          expect(day! <= addDays(dueOn(p), wait)).toBe(true)
        }
      }),
      { numRuns: 60 }
    )
  }, 60_000)
})
