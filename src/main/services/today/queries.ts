import { and, eq, lte, notInArray } from 'drizzle-orm'
import type { Output } from '../../../shared/api/contract'
import { addDays, localDateOf } from '../../../shared/domain/dates'
import { prepState, type FollowupKind } from '../../../shared/domain/meetings'
import type { FollowupView } from '../../../shared/api/followups'
import { reconnectDay } from '../aftercare/queries'
import { seasonsToday } from '../seasonal/greetings'
import { followups } from '../../db/schema'
import type { ServiceContext } from '../context'
import { pendingThankYous, selectFollowups, todayOf } from '../followups/queries'
import { listMeetings } from '../meetings/queries'
import { todayEvents } from '../events/today'

// Never more than about seven things on the home screen; the rest are folded away.
const todayLimit = 7
// Keeping in touch matters, but never crowds the day: at most a few reconnects, milestones, greetings.
const aftercareLimit = 3
const aftercareKinds = new Set<FollowupKind>(['reconnect', 'congratulate'])

function byPriority(items: FollowupView[]) {
  return {
    promises: items.filter((item) => item.kind === 'promised_action'),
    rest: items.filter((item) => item.kind !== 'promised_action' && !aftercareKinds.has(item.kind)),
    aftercare: items.filter((item) => aftercareKinds.has(item.kind))
  }
}

/**
 * The home screen: thank-yous first (they matter most the same day), then one-on-ones in the next
 * 7 days with how far their preparation is, events of the week (or to reflect on), then promises,
 * other follow-ups due, and at most a few reconnects, milestones and greetings; with how many
 * reconnects wait for the following days.
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
  // Seasonal greetings are due at their window's end and shown as one line per season, not one each.
  const others = selectFollowups(
    ctx,
    and(eq(followups.status, 'pending'), notInArray(followups.kind, ['thank_you', 'seasonal_greeting']), lte(followups.dueOn, today))
  )
  const { promises, aftercare, rest } = byPriority(others)
  // In priority order, each group takes what room the ones before it left.
  let room = todayLimit
  const take = <T>(items: T[], cap = room): T[] => {
    const shown = items.slice(0, Math.max(0, Math.min(cap, room)))
    room -= shown.length
    return shown
  }
  const shownThankYous = take(thankYous)
  const shownMeetings = take(meetings)
  const events = todayEvents(ctx)
  const shownEvents = take(events)
  const shownFollowups = [...take(promises), ...take(rest), ...take(aftercare, aftercareLimit)]
  // December has two: New Year cards for some, the English year-end note for others.
  const seasons = take(seasonsToday(ctx), 2)
  const total = thankYous.length + meetings.length + events.length + others.length
  const { overflow, overflowDays } = reconnectDay(ctx)
  return {
    today,
    thankYous: shownThankYous,
    meetings: shownMeetings,
    events: shownEvents,
    followups: shownFollowups,
    folded: total - shownThankYous.length - shownMeetings.length - shownEvents.length - shownFollowups.length,
    reconnectOverflow: { count: overflow, days: overflowDays },
    seasons
  }
}
