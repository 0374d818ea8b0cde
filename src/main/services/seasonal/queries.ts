import type { Output, ParsedInput } from '../../../shared/api/contract'
import { seasonalWindows } from '../../../shared/domain/seasonal'
import type { ServiceContext } from '../context'
import { getSettings } from '../settings/queries'

export function seasonalCalendar(ctx: ServiceContext, input: ParsedInput<'seasonal.calendar'>): Output<'seasonal.calendar'> {
  const { nenshiUntil15th } = getSettings(ctx)
  return { windows: seasonalWindows(input.year, { nenshiUntil15th }) }
}
