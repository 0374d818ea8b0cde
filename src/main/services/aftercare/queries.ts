import { and, eq, isNull } from 'drizzle-orm'
import type { KeepInTouchState } from '../../../shared/api/aftercare'
import { localDateOf } from '../../../shared/domain/dates'
import { reconnectSuggestions, type ReconnectDay, type ReconnectPerson } from '../../../shared/domain/reconnect'
import { followups, keepInTouch, people } from '../../db/schema'
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
  return ctx.db
    .select({
      id: people.id,
      stage: people.stage,
      cadenceDays: people.cadenceDays,
      lastContactAt: people.lastContactAt,
      snoozedUntil: keepInTouch.snoozedUntil,
      off: keepInTouch.off,
      lastSuggestedOn: keepInTouch.lastSuggestedOn
    })
    .from(people)
    .leftJoin(keepInTouch, eq(keepInTouch.personId, people.id))
    .where(isNull(people.deletedAt))
    .all()
    .filter((row) => row.cadenceDays !== null)
    .map((row) => ({
      id: row.id,
      stage: row.stage,
      cadenceDays: row.cadenceDays,
      lastContactOn: row.lastContactAt ? localDateOf(new Date(row.lastContactAt), zone) : null,
      lastSuggestedOn: row.lastSuggestedOn,
      snoozedUntil: row.snoozedUntil,
      reconnectOff: row.off ?? false,
      hasOpenPromise: promised.has(row.id)
    }))
}

/** Today's reconnect suggestions at the user's daily cap, and how many wait for the next days. */
export function reconnectDay(ctx: ServiceContext): ReconnectDay {
  return reconnectSuggestions({ today: todayOf(ctx), people: reconnectPeople(ctx), perDay: getSettings(ctx).reconnectsPerDay })
}
