import { describe, expect, it } from 'vitest'
import { addDays, instantOfLocalDateTime, localDateOf, localDateTimeOf, nextContactOn } from '../../../src/shared/domain/dates'

describe('local dates', () => {
  it('computes the calendar day in the user’s zone, not in UTC', async () => {
    const instant = new Date('2026-11-27T16:30:00Z')
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2026-11-28')
    expect(localDateOf(instant, 'UTC')).toBe('2026-11-27')
    expect(localDateOf(instant, 'America/Los_Angeles')).toBe('2026-11-27')
  })

  it('adds days across month, year and daylight-saving changes', async () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09')
  })

  it('counts the cadence from the last contact’s local day', async () => {
    expect(nextContactOn(new Date('2026-11-27T16:30:00Z'), 30, 'Asia/Tokyo')).toBe('2026-12-28')
    expect(nextContactOn(null, 30, 'Asia/Tokyo')).toBeNull()
    expect(nextContactOn(new Date(), null, 'Asia/Tokyo')).toBeNull()
  })
})

describe('wall-clock times for datetime-local inputs', () => {
  it.each([
    ['2026-12-01T06:00:00.000Z', 'Asia/Tokyo', '2026-12-01T15:00'],
    ['2026-12-01T23:30:00.000Z', 'Asia/Tokyo', '2026-12-02T08:30'],
    ['2026-07-01T12:00:00.000Z', 'Europe/Berlin', '2026-07-01T14:00'],
    ['2026-01-01T12:00:00.000Z', 'America/Los_Angeles', '2026-01-01T04:00']
  ])('%s in %s is %s, and back', (iso, zone, local) => {
    expect(localDateTimeOf(new Date(iso), zone)).toBe(local)
    expect(instantOfLocalDateTime(local, zone)?.toISOString()).toBe(iso)
  })

  it('refuses what is not a wall-clock time', () => {
    for (const bad of ['', '2026-13-01T10:00', '2026-02-30T10:00', '2026-01-01 10:00', '2026-01-01T25:00']) {
      expect(instantOfLocalDateTime(bad, 'Asia/Tokyo')).toBeNull()
    }
  })

  it('puts a time skipped by daylight saving just after the jump', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    const instant = instantOfLocalDateTime('2026-03-29T02:30', 'Europe/Berlin')
    expect(instant).not.toBeNull()
    expect(localDateTimeOf(instant as Date, 'Europe/Berlin')).toBe('2026-03-29T03:30')
  })
})
