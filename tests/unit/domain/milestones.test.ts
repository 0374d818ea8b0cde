import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/domain/dates'
import { isAnniversary, milestoneDueOn, parseMilestoneDate, yearsSince } from '../../../src/shared/domain/milestones'

describe('milestone dates', () => {
  it.each([
    ['1985-04-12', { year: 1985, month: 4, day: 12 }],
    ['--04-12', { year: null, month: 4, day: 12 }],
    ['--02-29', { year: null, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }]
  ])('reads %s', (value, expected) => {
    expect(parseMilestoneDate(value)).toEqual(expected)
  })

  it.each(['1985-02-29', '--02-30', '--13-01', '2026-04-31', '04-12', '1985-4-12', '', '--00-10'])('refuses %j', (value) => {
    expect(parseMilestoneDate(value)).toBeNull()
  })
})

describe('anniversaries on the day', () => {
  it('comes back on the same month and day, with or without a year', () => {
    expect(isAnniversary('1985-04-12', '2026-04-12')).toBe(true)
    expect(isAnniversary('--04-12', '2026-04-12')).toBe(true)
    expect(isAnniversary('1985-04-12', '2026-04-13')).toBe(false)
    expect(isAnniversary('1985-04-12', '2026-05-12')).toBe(false)
  })

  it('marks 29 February on 28 February in other years, and on the 29th in leap years', () => {
    expect(isAnniversary('2000-02-29', '2026-02-28')).toBe(true)
    expect(isAnniversary('2000-02-29', '2028-02-28')).toBe(false)
    expect(isAnniversary('2000-02-29', '2028-02-29')).toBe(true)
    expect(isAnniversary('--02-29', '2027-02-28')).toBe(true)
    expect(isAnniversary('--02-29', '2100-02-28')).toBe(true)
    expect(isAnniversary('1999-02-28', '2028-02-28')).toBe(true)
    expect(isAnniversary('1999-02-28', '2028-02-29')).toBe(false)
  })

  it('is never the day itself nor before it', () => {
    expect(isAnniversary('2026-04-12', '2026-04-12')).toBe(false)
    expect(isAnniversary('2030-04-12', '2026-04-12')).toBe(false)
  })

  it('falls on exactly one day of every year after the date', () => {
    const day = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2000-01-01', n))
    fc.assert(
      fc.property(day, fc.integer({ min: 2005, max: 2100 }), (date, year) => {
        let count = 0
        for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (isAnniversary(date, d)) count += 1
        expect(count).toBe(1)
      }),
      { numRuns: 40 }
    )
  })

  it('congratulates a job change, promotion or publication on the day, birthdays and work anniversaries every year', () => {
    expect(milestoneDueOn('job_change', '2026-04-01', '2026-04-01')).toBe(true)
    expect(milestoneDueOn('job_change', '2025-04-01', '2026-04-01')).toBe(false)
    expect(milestoneDueOn('publication', '2026-06-03', '2026-06-03')).toBe(true)
    expect(milestoneDueOn('work_anniversary', '2016-04-01', '2026-04-01')).toBe(true)
    expect(milestoneDueOn('birthday', '--02-29', '2026-02-28')).toBe(true)
    expect(milestoneDueOn('birthday', '1990-07-01', '1990-07-01')).toBe(false)
    expect(milestoneDueOn('promotion', '--10-01', '2026-10-01')).toBe(true)
    expect(milestoneDueOn('birthday', 'not a date', '2026-10-01')).toBe(false)
  })

  it('counts completed years', () => {
    expect(yearsSince('2016-04-01', '2026-04-01')).toBe(10)
    expect(yearsSince('2016-04-01', '2026-03-31')).toBe(9)
    expect(yearsSince('2000-02-29', '2026-02-28')).toBe(26)
    expect(yearsSince('--04-01', '2026-04-01')).toBeNull()
    expect(yearsSince('2027-04-01', '2026-04-01')).toBeNull()
  })
})
