import { z } from 'zod'
import { seasonalKinds, seasonalYearRange } from '../domain/seasonal'
import { followupView } from './followups'
import { localDate } from './limits'
import { readsOnly } from './procedure'

export const seasonalWindow = z.object({ kind: z.enum(seasonalKinds), from: localDate, to: localDate })
export type SeasonalWindowView = z.infer<typeof seasonalWindow>

export const seasonalCalendar = z.object({ windows: z.array(seasonalWindow) })
export type SeasonalCalendar = z.infer<typeof seasonalCalendar>

const season = z.object({ kind: z.enum(seasonalKinds), year: z.number().int().min(seasonalYearRange.min).max(seasonalYearRange.max) })

export const seasonalList = season.extend({ from: localDate, to: localDate, items: z.array(followupView) })
export type SeasonalList = z.infer<typeof seasonalList>

export const seasonalProcedures = {
  /** The greeting windows of a year; 松の内 follows the `nenshiUntil15th` setting. */
  'seasonal.calendar': {
    input: z.object({ year: z.number().int().min(seasonalYearRange.min).max(seasonalYearRange.max) }),
    output: seasonalCalendar,
    changes: readsOnly
  },
  /** A season's greetings (made by the daily pass while its window is open), pending first. */
  'seasonal.list': { input: season, output: seasonalList, changes: readsOnly },
  /** Every pending greeting of the season marked sent, each logged on the person's timeline. */
  'seasonal.markAllSent': { input: season, output: z.object({ sent: z.number().int() }), changes: ['followups', 'people'] },
  /** Names, readings and postal addresses for label printing, as CSV safe to open in a spreadsheet. */
  'seasonal.csv': { input: season, output: z.object({ fileName: z.string(), text: z.string() }), changes: readsOnly }
} as const
