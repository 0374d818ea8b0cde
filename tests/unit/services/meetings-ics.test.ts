import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, testCore } from '../support/core'

const parse = (text: string) => {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  return { vevent, event: new ICAL.Event(vevent) }
}

async function planLunch(core: ReturnType<typeof testCore>) {
  const person = await call<Person>(core, 'people.create', { familyName: '田中', givenName: '花子', nameOrder: 'family_first' })
  const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'オンコールの仕組み, 体制; 引き継ぎ' })
  return meeting.id
}

describe('meetings.ics', () => {
  it('writes the planned one-on-one with a stable UID, UTC times and the questions', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const id = await planLunch(core)
    await call(core, 'meetings.update', {
      id,
      patch: {
        format: 'lunch',
        startsAt: '2026-12-01T03:00:00Z',
        place: '渋谷, 2F',
        link: 'https://meet.example.com/abc',
        questions: [{ text: '最近、何に夢中ですか?', source: 'own' }]
      }
    })
    const file = await call<Output<'meetings.ics'>>(core, 'meetings.ics', { id })
    // 12:00 in Tokyo on 1 December.
    expect(file.fileName).toBe('one-on-one-2026-12-01.ics')
    const { vevent, event } = parse(file.text)
    expect(event.uid).toBe(`${id}@engawa.local`)
    expect(event.summary).toBe('1on1: 田中 花子')
    expect(event.location).toBe('渋谷, 2F')
    expect(event.description).toBe('オンコールの仕組み, 体制; 引き継ぎ\n\n- 最近、何に夢中ですか?')
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T03:00:00.000Z')
    // Lunch runs 90 minutes.
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T04:30:00.000Z')
    expect(String(vevent.getFirstPropertyValue('url'))).toBe('https://meet.example.com/abc')

    // The same meeting exported again after an edit: same UID, a higher sequence.
    clock.set('2026-11-27T05:00:00Z')
    await call(core, 'meetings.update', { id, patch: { place: '新宿' } })
    const again = parse((await call<Output<'meetings.ics'>>(core, 'meetings.ics', { id })).text).event
    expect(again.uid).toBe(event.uid)
    expect(again.sequence).toBeGreaterThan(event.sequence)
  })

  it('answers CONFLICT without a time, and NOT_FOUND or INVALID_INPUT for bad ids', async () => {
    const core = testCore()
    const id = await planLunch(core)
    expect(await core.dispatch('meetings.ics', { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await core.dispatch('meetings.ics', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    for (const input of [{}, { id: 42 }, { id: '' }]) {
      expect(await core.dispatch('meetings.ics', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })
})
