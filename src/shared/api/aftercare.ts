import { z } from 'zod'
import { id, localDate } from './limits'
import { readsOnly } from './procedure'

/** A person's keep-in-touch state: reconnect snoozed or off, and when it was last suggested. */
export const keepInTouchState = z.object({
  personId: id,
  snoozedUntil: localDate.nullable(),
  off: z.boolean(),
  lastSuggestedOn: localDate.nullable()
})
export type KeepInTouchState = z.infer<typeof keepInTouchState>

// The daily pass makes follow-ups and records who was suggested (shown on their profile).
const dailyChanges = ['followups', 'people'] as const

export const aftercareProcedures = {
  /**
   * Today's aftercare, once a day however often it is asked: reconnect suggestions (capped by the
   * `reconnectsPerDay` setting) and milestones on the day become follow-ups with drafts.
   */
  'aftercare.daily': { input: z.object({}), output: z.object({ made: z.number().int() }), changes: dailyChanges },
  'aftercare.keepInTouch': { input: z.object({ personId: id }), output: keepInTouchState, changes: readsOnly },
  /** Snooze a person's reconnect until a later day, or turn it off; an open reconnect is put away. */
  'aftercare.setKeepInTouch': {
    input: z.object({ personId: id, snoozedUntil: localDate.nullable(), off: z.boolean() }),
    output: keepInTouchState,
    changes: dailyChanges
  }
} as const
