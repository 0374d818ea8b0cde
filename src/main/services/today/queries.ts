import { and, eq, lte, ne } from 'drizzle-orm'
import type { Output } from '../../../shared/api/contract'
import { addDays, localDateOf } from '../../../shared/domain/dates'
import { prepState } from '../../../shared/domain/meetings'
import { followups } from '../../db/schema'
import type { ServiceContext } from '../context'
import { pendingThankYous, selectFollowups, todayOf } from '../followups/queries'
import { listMeetings } from '../meetings/queries'
import { todayEvents } from '../events/today'

// Never more than about seven things on the home screen; the rest are folded away.
const todayLimit = 7

/**
 * The home screen: thank-yous first (they matter most the same day), then one-on-ones in the next
 * 7 days with how far their preparation is, events of the week (or to reflect on), then other
 * follow-ups due.
 */
export function getToday(ctx: ServiceContext): Output<'today.get'> {
  const today = todayOf(ctx)
  // In the user's calendar: the next 7 days, and the last two, for a meeting held but not yet ended.
  const from = addDays(today, -2)
  const until = addDays(today, 7)
  const inWindow = (startsAt: string) => {
    const day = localDateOf(new Date(startsAt), ctx.clock.timeZone())
    return day >= from && day <= until
  }
  const thankYous = pendingThankYous(ctx)
  const meetings = listMeetings(ctx, { status: 'planned' })
    // Unscheduled plans show too: a plan without a time is still something to prepare.
    .filter((meeting) => meeting.startsAt === null || inWindow(meeting.startsAt))
    .map((meeting) => ({ ...meeting, prep: prepState(meeting) }))
  const others = selectFollowups(
    ctx,
    and(eq(followups.status, 'pending'), ne(followups.kind, 'thank_you'), lte(followups.dueOn, today))
  )
  const shownThankYous = thankYous.slice(0, todayLimit)
  const shownMeetings = meetings.slice(0, Math.max(0, todayLimit - shownThankYous.length))
  const events = todayEvents(ctx)
  const shownEvents = events.slice(0, Math.max(0, todayLimit - shownThankYous.length - shownMeetings.length))
  const shownOthers = others.slice(0, Math.max(0, todayLimit - shownThankYous.length - shownMeetings.length - shownEvents.length))
  const total = thankYous.length + meetings.length + events.length + others.length
  return {
    today,
    thankYous: shownThankYous,
    meetings: shownMeetings,
    events: shownEvents,
    followups: shownOthers,
    folded: total - shownThankYous.length - shownMeetings.length - shownEvents.length - shownOthers.length
  }
}
