import { z } from 'zod'
import { prepStates } from '../domain/meetings'
import { seasonalKinds } from '../domain/seasonal'
import { eventSummary } from './events'
import { followupView } from './followups'
import { localDate } from './limits'
import { meetingView } from './meetings'
import { readsOnly } from './procedure'

/** The home screen: never more than about seven things, the rest folded into a count. */
export const todayView = z.object({
  today: localDate,
  thankYous: z.array(followupView),
  meetings: z.array(meetingView.extend({ prep: z.enum(prepStates) })),
  /** Events of the next 7 days with their prep, and ones to reflect on (the day they end and the next). */
  events: z.array(eventSummary.pick({ id: true, name: true, kind: true, startsAt: true, endsAt: true, prep: true }).extend({ reflect: z.boolean() })),
  followups: z.array(followupView),
  folded: z.number().int(),
  /** Reconnects due but spread over the next days by the daily cap: one quiet line, not a list. */
  reconnectOverflow: z.object({ count: z.number().int(), days: z.number().int() }),
  /** A season open today with greetings to send: one quiet line that opens its list. */
  seasons: z.array(z.object({ kind: z.enum(seasonalKinds), year: z.number().int(), to: localDate, pending: z.number().int() }))
})
export type TodayView = z.infer<typeof todayView>

export const todayProcedures = {
  'today.get': { input: z.object({}), output: todayView, changes: readsOnly }
} as const
