import { and, eq, inArray } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { nameKey } from '../../../shared/domain/attendees'
import { localDateOf, nextContactOn } from '../../../shared/domain/dates'
import { languageFor } from '../../../shared/domain/drafts'
import { eventThankYouDraft } from '../../../shared/domain/event-drafts'
import { stageAfterEvent } from '../../../shared/domain/events'
import { displayName, parseQuickName } from '../../../shared/domain/names'
import { eventPeople, events, followups, interactions, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { getFollowup } from '../followups/queries'
import { writeThankYouAndPromises } from '../followups/thank-you-and-promises'
import { createPerson } from '../people/mutations'
import { activePerson } from '../people/row'
import { nextPosition } from './mutations'
import { activeEvent, getEvent, matchAttendees } from './queries'

export const eventSourceKeys = (eventId: string, personId: string) => ({
  thankYou: `event:${eventId}:thank_you:${personId}`,
  promise: (index: number) => `event:${eventId}:promise:${personId}:${index}`
})

type Reflection = ParsedInput<'events.reflect'>['reflection']

/**
 * Saves the reflection in one transaction: goal outcomes, energy and note; for each person met a
 * "met at <event>" timeline entry, the stage moved to "met" (never back), a thank-you due today
 * that names the event and what was talked about, and a follow-up per promise. Everything made
 * here has a source key, so saving again only adds what is new: a person typed by name a second
 * time is found among those already met there.
 */
export function reflectOnEvent(ctx: ServiceContext, id: string, reflection: Reflection): Output<'events.reflect'> {
  const event = activeEvent(ctx, id)
  const now = ctx.clock.now()
  if (Date.parse(event.startsAt) > now.getTime()) throw new AppFailure('CONFLICT', 'This event has not started yet')
  if (reflection.outcomes.length > event.goals.length) {
    throw new AppFailure('INVALID_INPUT', 'More outcomes than goals', [{ path: ['reflection', 'outcomes'], message: 'More outcomes than goals' }])
  }
  for (const met of reflection.met) if (met.personId) activePerson(ctx, met.personId, 'NOT_FOUND')

  const zone = ctx.clock.timeZone()
  const today = localDateOf(now, zone)
  const stamp = nowIso(ctx.clock)
  // Met when the event ended, or now for one still going on.
  const metAt = new Date(Math.min(Date.parse(event.endsAt), now.getTime()))
  const thankYouKeys: string[] = []

  ctx.sqlite.transaction(() => {
    ctx.db
      .update(events)
      .set({
        goals: event.goals.map((goal, i) => ({ text: goal.text, outcome: reflection.outcomes[i] ?? goal.outcome })),
        energy: reflection.energy,
        reflection: reflection.note,
        reflectedAt: stamp,
        updatedAt: stamp
      })
      .where(eq(events.id, id))
      .run()
    const alreadyMet = metByName(ctx, id)
    for (const met of reflection.met) {
      const personId = met.personId ?? alreadyMet.get(nameKey(met.name ?? '')) ?? knownOrNew(ctx, met.name ?? '')
      alreadyMet.set(nameKey(met.name ?? ''), personId)
      const person = activePerson(ctx, personId)
      recordMeeting(ctx, { eventId: id, personId, talkedAbout: met.talkedAbout, promised: met.promised, stamp })
      logOnTimeline(ctx, { eventId: id, eventName: event.name, personId, talkedAbout: met.talkedAbout, metAt, stamp })
      const lastContact = person.lastContactAt && Date.parse(person.lastContactAt) > metAt.getTime() ? new Date(person.lastContactAt) : metAt
      ctx.db
        .update(people)
        .set({
          stage: stageAfterEvent(person.stage),
          lastContactAt: lastContact.toISOString(),
          nextContactOn: nextContactOn(lastContact, person.cadenceDays, zone),
          updatedAt: stamp
        })
        .where(eq(people.id, personId))
        .run()
      const language = languageFor(person)
      const keys = eventSourceKeys(id, personId)
      const draft = eventThankYouDraft(person, language, event, met.talkedAbout)
      writeThankYouAndPromises(ctx, { personId, source: { eventId: id }, keys, language, draft, promised: met.promised, today, stamp })
      thankYouKeys.push(keys.thankYou)
    }
  })()

  const made = thankYouKeys.length
    ? ctx.db.select({ id: followups.id }).from(followups).where(inArray(followups.sourceKey, thankYouKeys)).all()
    : []
  return { event: getEvent(ctx, id), thankYous: made.map((row) => getFollowup(ctx, row.id)) }
}

/**
 * A name typed in the reflection: the one person in People it matches (either order, reading,
 * width), else a new person at the "discovered" stage; the stage then moves on to "met".
 */
function knownOrNew(ctx: ServiceContext, name: string): string {
  const [only, ...others] = matchAttendees(ctx, name)[0]?.matches ?? []
  if (only && others.length === 0) return only.id
  return createPerson(ctx, { ...parseQuickName(name), stage: 'discovered' }).id
}

/** People already met at this event, by the key of their name, to find a name typed again. */
function metByName(ctx: ServiceContext, eventId: string): Map<string, string> {
  const rows = ctx.db
    .select({ id: people.id, familyName: people.familyName, givenName: people.givenName, nameOrder: people.nameOrder })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(and(eq(eventPeople.eventId, eventId), eq(eventPeople.met, true)))
    .all()
  return new Map(rows.map((row) => [nameKey(displayName(row)), row.id]))
}

function recordMeeting(ctx: ServiceContext, met: { eventId: string; personId: string; talkedAbout: string; promised: string; stamp: string }): void {
  const fields = { met: true, talkedAbout: met.talkedAbout, promised: met.promised }
  ctx.db
    .insert(eventPeople)
    // Someone met without being on the plan's list was not "attending" in the plan's sense.
    .values({ eventId: met.eventId, personId: met.personId, attending: false, position: nextPosition(ctx, met.eventId), createdAt: met.stamp, ...fields })
    .onConflictDoUpdate({ target: [eventPeople.eventId, eventPeople.personId], set: fields })
    .run()
}

/** One "met at <event>" entry per person and event; saving again updates its words. */
function logOnTimeline(ctx: ServiceContext, entry: { eventId: string; eventName: string; personId: string; talkedAbout: string; metAt: Date; stamp: string }): void {
  const where = and(eq(interactions.personId, entry.personId), eq(interactions.sourceKind, 'event'), eq(interactions.sourceId, entry.eventId))
  const existing = ctx.db.select({ id: interactions.id }).from(interactions).where(where).get()
  const fields = { summary: entry.eventName, body: entry.talkedAbout }
  if (existing) {
    ctx.db.update(interactions).set(fields).where(eq(interactions.id, existing.id)).run()
    return
  }
  ctx.db
    .insert(interactions)
    .values({ id: newId(), personId: entry.personId, kind: 'event', occurredAt: entry.metAt.toISOString(), ...fields, sourceKind: 'event', sourceId: entry.eventId, createdAt: entry.stamp })
    .run()
}
