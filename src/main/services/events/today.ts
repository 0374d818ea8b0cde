import type { Output } from '../../../shared/api/contract'
import { reflectionDue } from '../../../shared/domain/events'
import type { ServiceContext } from '../context'
import { eventsBetween, listEventSummaries } from './queries'

const dayMs = 86_400_000

/**
 * Events for Today: those starting within the next 7 days, with their prep state, and those to
 * reflect on (on the day they end and the next, until reflected). Reflection first: it is due now.
 */
export function todayEvents(ctx: ServiceContext): Output<'today.get'>['events'] {
  const now = ctx.clock.now()
  const zone = ctx.clock.timeZone()
  // Two days back covers "the next day" in any zone; the rule decides on local dates.
  const rows = eventsBetween(ctx, new Date(now.getTime() - 2 * dayMs).toISOString(), new Date(now.getTime() + 7 * dayMs).toISOString())
  const summaries = new Map(listEventSummaries(ctx, rows).map((summary) => [summary.id, summary]))
  const items = rows.flatMap((row) => {
    const summary = summaries.get(row.id)
    if (!summary) return []
    // By the local day, once the event has begun: an evening meetup is reflected on that night or the next day.
    const reflect = Date.parse(row.startsAt) <= now.getTime() && reflectionDue(row, now, zone)
    const upcoming = Date.parse(row.endsAt) >= now.getTime()
    if (!reflect && !upcoming) return []
    return [{ id: row.id, name: row.name, kind: row.kind, startsAt: row.startsAt, endsAt: row.endsAt, prep: summary.prep, reflect }]
  })
  return [...items.filter((item) => item.reflect), ...items.filter((item) => !item.reflect)]
}
