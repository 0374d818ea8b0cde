import type { HandlersOf } from '../../rpc/handler'
import { seasonalCalendar } from './queries'

export const seasonalHandlers = {
  'seasonal.calendar': (ctx, input) => seasonalCalendar(ctx, input)
} satisfies HandlersOf<'seasonal'>
