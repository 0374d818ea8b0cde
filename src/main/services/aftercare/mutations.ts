import { and, eq } from 'drizzle-orm'
import type { KeepInTouchState } from '../../../shared/api/aftercare'
import type { ParsedInput } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { followups, keepInTouch } from '../../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { todayOf } from '../followups/queries'
import { activePerson } from '../people/row'
import { keepInTouchOf } from './queries'

/**
 * Snoozes a person's reconnect until a later day or turns it off (or back on). An open reconnect
 * follow-up is dismissed with it: the suggestion comes back on its own when the snooze ends.
 */
export function setKeepInTouch(ctx: ServiceContext, input: ParsedInput<'aftercare.setKeepInTouch'>): KeepInTouchState {
  activePerson(ctx, input.personId)
  if (input.snoozedUntil !== null && input.snoozedUntil <= todayOf(ctx)) {
    throw new AppFailure('INVALID_INPUT', 'Snooze until a day after today', [{ path: ['snoozedUntil'], code: 'too_small', message: 'Snooze until a day after today' }])
  }
  const stamp = nowIso(ctx.clock)
  const { snoozedUntil, off } = input
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(keepInTouch)
      .values({ personId: input.personId, snoozedUntil, off, updatedAt: stamp })
      .onConflictDoUpdate({ target: keepInTouch.personId, set: { snoozedUntil, off, updatedAt: stamp } })
      .run()
    if (snoozedUntil !== null || off) {
      ctx.db
        .update(followups)
        .set({ status: 'dismissed', doneAt: stamp, updatedAt: stamp })
        .where(and(eq(followups.personId, input.personId), eq(followups.kind, 'reconnect'), eq(followups.status, 'pending')))
        .run()
    }
  })()
  return keepInTouchOf(ctx, input.personId)
}
