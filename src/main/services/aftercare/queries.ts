import { and, eq, isNotNull, isNull } from 'drizzle-orm'
import type { KeepInTouchState } from '../../../shared/api/aftercare'
import { localDateOf } from '../../../shared/domain/dates'
import { reconnectSuggestions, type ReconnectDay, type ReconnectPerson } from '../../../shared/domain/reconnect'
import { followups, keepInTouch, people } from '../../db/schema'
import { rememberedRead } from '../../db/statements'
import type { ServiceContext } from '../context'
import { todayOf } from '../followups/queries'
import { activePerson } from '../people/row'
import { getSettings } from '../settings/queries'

export function keepInTouchOf(ctx: ServiceContext, personId: string): KeepInTouchState {
  activePerson(ctx, personId)
  const row = ctx.db.select().from(keepInTouch).where(eq(keepInTouch.personId, personId)).get()
  return { personId, snoozedUntil: row?.snoozedUntil ?? null, off: row?.off ?? false, lastSuggestedOn: row?.lastSuggestedOn ?? null }
}

/** Everyone with a keep-in-touch clock, as the pure rule reads them. */
function reconnectPeople(ctx: ServiceContext): ReconnectPerson[] {
  const zone = ctx.clock.timeZone()
  const promised = new Set(
    ctx.db
      .selectDistinct({ personId: followups.personId })
      .from(followups)
      .where(and(eq(followups.kind, 'promised_action'), eq(followups.status, 'pending')))
      .all()
      .map((row) => row.personId)
  )
  // Keep-in-touch state apart (a small table, one row per person ever suggested or snoozed):
  // joining it would probe its index once for each of thousands of people.
  const states = new Map(ctx.db.select().from(keepInTouch).all().map((row) => [row.personId, row]))
  return ctx.db
    .select({ id: people.id, stage: people.stage, cadenceDays: people.cadenceDays, lastContactAt: people.lastContactAt })
    .from(people)
    // Exactly the partial index people_keep_in_touch_idx, so only its small entries are read.
    .where(and(isNull(people.deletedAt), isNotNull(people.cadenceDays)))
    .all()
    .map((row) => {
      const state = states.get(row.id)
      return {
        id: row.id,
        stage: row.stage,
        cadenceDays: row.cadenceDays,
        lastContactOn: row.lastContactAt ? localDateOf(new Date(row.lastContactAt), zone) : null,
        lastSuggestedOn: state?.lastSuggestedOn ?? null,
        snoozedUntil: state?.snoozedUntil ?? null,
        reconnectOff: state?.off ?? false,
        hasOpenPromise: promised.has(row.id)
      }
    })
}

/**
 * Today's reconnect suggestions at the user's daily cap, and how many wait for the next days.
 * Remembered until the file changes or the day does: Today asks for them each time it is shown,
 * and reading and ranking everyone's clock was most of its answer (~30 of ~35 ms with 10,000 people).
 */
export function reconnectDay(ctx: ServiceContext): ReconnectDay {
  const today = todayOf(ctx)
  return rememberedRead(ctx.sqlite, 'reconnectDay', `${today} ${ctx.clock.timeZone()}`, () =>
    reconnectSuggestions({ today, people: reconnectPeople(ctx), perDay: getSettings(ctx).reconnectsPerDay })
  )
}
