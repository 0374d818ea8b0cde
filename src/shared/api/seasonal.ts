import { z } from 'zod'
import { seasonalKinds, seasonalYearRange } from '../domain/seasonal'
import { localDate } from './limits'
import { readsOnly } from './procedure'

export const seasonalWindow = z.object({ kind: z.enum(seasonalKinds), from: localDate, to: localDate })
export type SeasonalWindowView = z.infer<typeof seasonalWindow>

export const seasonalCalendar = z.object({ windows: z.array(seasonalWindow) })
export type SeasonalCalendar = z.infer<typeof seasonalCalendar>

export const seasonalProcedures = {
  /** The greeting windows of a year; 松の内 follows the `nenshiUntil15th` setting. */
  'seasonal.calendar': {
    input: z.object({ year: z.number().int().min(seasonalYearRange.min).max(seasonalYearRange.max) }),
    output: seasonalCalendar,
    changes: readsOnly
  }
} as const
