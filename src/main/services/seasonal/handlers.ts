import type { HandlersOf } from '../../rpc/handler'
import { markSeasonSent, seasonalCsv, seasonalList } from './greetings'
import { seasonalCalendar } from './queries'

export const seasonalHandlers = {
  'seasonal.calendar': (ctx, input) => seasonalCalendar(ctx, input),
  'seasonal.list': (ctx, input) => seasonalList(ctx, input),
  'seasonal.markAllSent': (ctx, input) => markSeasonSent(ctx, input),
  'seasonal.csv': (ctx, input) => seasonalCsv(ctx, input)
} satisfies HandlersOf<'seasonal'>
