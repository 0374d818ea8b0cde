import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planRotation, type RotatedBackup } from '../../../src/shared/domain/backup-rotation'
import { addDays } from '../../../src/shared/domain/dates'

const daily = (days: string[]): RotatedBackup[] => days.map((day) => ({ name: `auto-${day}`, day, createdAt: `${day}T01:00:00.000Z` }))
const consecutive = (last: string, count: number) => Array.from({ length: count }, (_, i) => addDays(last, -i))

describe('planRotation', () => {
  it.each([
    { title: 'nothing to rotate', days: [] as string[], kept: [] as string[] },
    { title: 'a week keeps every day', days: consecutive('2026-11-28', 7), kept: consecutive('2026-11-28', 7) },
    {
      // 2026-11-28 is a Saturday: 11-21 and 11-20 share a week with the kept 11-22, and a month with 11-28.
      title: 'older days go when a newer copy stands for their week and month',
      days: consecutive('2026-11-28', 9),
      kept: consecutive('2026-11-28', 7)
    },
    {
      title: 'a gap in use does not empty the daily set',
      days: ['2026-11-28', '2026-10-01', '2026-09-01', '2026-08-01'],
      kept: ['2026-11-28', '2026-10-01', '2026-09-01', '2026-08-01']
    }
  ])('$title', ({ days, kept }) => {
    expect(planRotation(daily(days), '2026-11-28').keep).toEqual(kept.map((day) => `auto-${day}`))
  })

  it('keeps 7 days, 4 weeks and 12 months out of 400 consecutive days', () => {
    const plan = planRotation(daily(consecutive('2026-11-28', 400)), '2026-11-28')
    const kept = plan.keep.map((name) => name.slice(5))
    expect(kept.slice(0, 7)).toEqual(consecutive('2026-11-28', 7))
    // Sundays ending the previous weeks (ISO weeks start on Monday), then the last day of older months.
    expect(kept).toEqual(expect.arrayContaining(['2026-11-22', '2026-11-15', '2026-10-31', '2025-12-31']))
    expect(new Set(kept.map((day) => day.slice(0, 7))).size).toBe(12)
    expect(plan.keep.length + plan.remove.length).toBe(400)
  })

  it('keeps the later of two backups on the same day and treats future days as today', () => {
    const backups = [
      { name: 'early', day: '2026-11-28', createdAt: '2026-11-27T16:00:00.000Z' },
      { name: 'late', day: '2026-11-28', createdAt: '2026-11-28T10:00:00.000Z' },
      { name: 'future', day: '2026-12-05', createdAt: '2026-12-05T10:00:00.000Z' }
    ]
    expect(planRotation(backups, '2026-11-28')).toEqual({ keep: ['future'], remove: ['late', 'early'] })
  })

  const backupsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 900 }), { maxLength: 120 })
    .chain((offsets) =>
      fc.constant(
        offsets.map((offset, i) => ({
          name: `b${i}`,
          day: addDays('2026-11-28', -offset),
          createdAt: `${addDays('2026-11-28', -offset)}T0${i % 10}:00:00.000Z`
        }))
      )
    )

  it('never removes the newest, keeps at most 23, partitions the input, and is idempotent', () => {
    fc.assert(
      fc.property(backupsArb, (backups) => {
        const plan = planRotation(backups, '2026-11-28')
        expect(plan.keep.length).toBeLessThanOrEqual(7 + 4 + 12)
        expect([...plan.keep, ...plan.remove].sort()).toEqual(backups.map((b) => b.name).sort())
        const newest = [...backups].sort((a, b) => b.day.localeCompare(a.day))[0]
        if (newest) expect(plan.keep).toContain(newest.name)
        const again = planRotation(
          backups.filter((b) => plan.keep.includes(b.name)),
          '2026-11-28'
        )
        expect(again).toEqual({ keep: plan.keep, remove: [] })
      })
    )
  })
})
