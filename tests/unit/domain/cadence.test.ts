import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cadenceDaysOf, cadenceOf, cadencePresets, cadenceRange } from '../../../src/shared/domain/people'

describe('keep-in-touch cadences', () => {
  it.each([
    [{ kind: 'none' } as const, null],
    [{ kind: 'preset', preset: 'every_2_weeks' } as const, 14],
    [{ kind: 'preset', preset: 'monthly' } as const, 30],
    [{ kind: 'preset', preset: 'quarterly' } as const, 90],
    [{ kind: 'preset', preset: 'twice_a_year' } as const, 180],
    [{ kind: 'preset', preset: 'yearly' } as const, 365],
    [{ kind: 'days', days: 45 } as const, 45]
  ])('%j is %s days, and reads back the same', (cadence, days) => {
    expect(cadenceDaysOf(cadence)).toBe(days)
    expect(cadenceOf(days)).toEqual(cadence)
  })

  it('reads a number of days that matches a preset as that preset', () => {
    expect(cadenceOf(365)).toEqual({ kind: 'preset', preset: 'yearly' })
    expect(cadenceOf(0)).toEqual({ kind: 'none' })
  })

  it('offers the presets shortest first, all within the allowed range', () => {
    expect(cadencePresets).toEqual([14, 30, 60, 90, 180, 365])
    for (const days of cadencePresets) expect(days >= cadenceRange.min && days <= cadenceRange.max).toBe(true)
  })

  it('round-trips any stored number of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: cadenceRange.min, max: cadenceRange.max }), (days) => {
        expect(cadenceDaysOf(cadenceOf(days))).toBe(days)
      })
    )
  })
})
