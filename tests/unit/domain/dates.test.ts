import { describe, expect, it } from 'vitest'
import { addDays, localDateOf, nextContactOn } from '../../../src/shared/domain/dates'

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
