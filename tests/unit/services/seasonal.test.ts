import { describe, expect, it } from 'vitest'
import type { SeasonalCalendar } from '../../../src/shared/api/seasonal'
import { call, fixedClock, rowCount, testCore } from '../support/core'

describe('the seasonal calendar procedure', () => {
  it('answers the windows of a year, the same in any time zone', async () => {
    const tokyo = await call<SeasonalCalendar>(testCore(), 'seasonal.calendar', { year: 2025 })
    const losAngeles = await call<SeasonalCalendar>(testCore(fixedClock('2026-11-27T03:00:00Z', 'America/Los_Angeles')), 'seasonal.calendar', { year: 2025 })
    expect(tokyo).toEqual(losAngeles)
    expect(tokyo.windows.find((w) => w.kind === 'kanchu')).toEqual({ kind: 'kanchu', from: '2025-01-08', to: '2025-02-02' })
    expect(tokyo.windows.map((w) => w.kind)).toEqual(['nenshi', 'kanchu', 'shochu', 'zansho', 'year_end_en', 'nengajo'])
  })

  it('follows the 松の内-until-the-15th setting', async () => {
    const core = testCore()
    await call(core, 'settings.update', { nenshiUntil15th: true })
    const { windows } = await call<SeasonalCalendar>(core, 'seasonal.calendar', { year: 2026 })
    expect(windows.slice(0, 2)).toEqual([
      { kind: 'nenshi', from: '2026-01-01', to: '2026-01-15' },
      { kind: 'kanchu', from: '2026-01-16', to: '2026-02-03' }
    ])
  })

  it.each([
    ['no year', {}],
    ['a year as text', { year: '2026' }],
    ['a fractional year', { year: 2026.5 }],
    ['a year before 1900', { year: 1899 }],
    ['a year after 2200', { year: 2201 }]
  ])('refuses %s and writes nothing', async (_label, input) => {
    const core = testCore()
    const settingsRows = rowCount(core, 'settings')
    expect(await core.dispatch('seasonal.calendar', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(rowCount(core, 'settings')).toBe(settingsRows)
    expect(core.pushed).toEqual([])
  })
})
