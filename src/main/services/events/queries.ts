import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import type { EventAttendee, EventRow, EventSummary, EventView } from '../../../shared/api/events'
import { AppFailure } from '../../../shared/api/result'
import { candidateKeys, matchAttendee, nameKey, parseAttendeeNames, type MatchCandidate } from '../../../shared/domain/attendees'
import { prepState } from '../../../shared/domain/events'
import { eventPeople, events, eventTopics, people, topics } from '../../db/schema'
import type { ServiceContext } from '../context'
import { personRefs, type PersonRef } from '../people/refs'
import { nameColumns } from '../people/row'

export function eventRow(ctx: ServiceContext, id: string): EventRow {
  const row = ctx.db.select().from(events).where(eq(events.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No event with that id')
  return row
}

/** An event outside the trash; changing a trashed one is a CONFLICT (restore it first). */
export function activeEvent(ctx: ServiceContext, id: string): EventRow {
  const row = eventRow(ctx, id)
  if (row.deletedAt) throw new AppFailure('CONFLICT', 'This event is in the trash; restore it first')
  return row
}

/** Attendees in the order they were added; people in the trash are left out, like everywhere else. */
function attendeesOf(ctx: ServiceContext, eventId: string): EventAttendee[] {
  const rows = ctx.db
    .select({
      personId: eventPeople.personId,
      attending: eventPeople.attending,
      target: eventPeople.target,
      research: eventPeople.research,
      commonTopics: eventPeople.commonTopics,
      met: eventPeople.met,
      talkedAbout: eventPeople.talkedAbout,
      promised: eventPeople.promised,
      headline: people.headline,
      company: people.company,
      expertise: people.expertise,
      interests: people.interests,
      challenges: people.challenges
    })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(and(eq(eventPeople.eventId, eventId), isNull(people.deletedAt)))
    .orderBy(asc(eventPeople.position), asc(eventPeople.createdAt))
    .all()
  const refs = personRefs(
    ctx,
    rows.map((row) => row.personId)
  )
  return rows.flatMap(({ personId, headline, company, expertise, interests, challenges, ...row }) => {
    const ref = refs.get(personId)
    return ref ? [{ ...row, person: { ...ref, headline, company, expertise, interests, challenges } }] : []
  })
}

function topicsOf(ctx: ServiceContext, eventId: string): EventView['topics'] {
  return ctx.db
    .select({ id: topics.id, kind: topics.kind, title: topics.title, body: topics.body })
    .from(eventTopics)
    .innerJoin(topics, eq(topics.id, eventTopics.topicId))
    .where(and(eq(eventTopics.eventId, eventId), isNull(topics.deletedAt)))
    .orderBy(asc(eventTopics.position))
    .all()
}

const energyOf = (row: EventRow) => ({
  arriveAt: row.arriveAt,
  leaveBy: row.leaveBy,
  breakPlan: row.breakPlan,
  recovery: row.recovery,
  quietPlace: row.quietPlace
})

export function getEvent(ctx: ServiceContext, id: string): EventView {
  const row = eventRow(ctx, id)
  const attendees = attendeesOf(ctx, id)
  const chosenTopics = topicsOf(ctx, id)
  const prep = prepState({
    wizardStep: row.wizardStep,
    attendeeCount: attendees.filter((a) => a.attending).length,
    targetCount: attendees.filter((a) => a.target).length,
    goalCount: row.goals.length,
    topicCount: chosenTopics.length,
    energy: energyOf(row)
  })
  return { ...row, attendees, topics: chosenTopics, prep }
}

/**
 * Events in or out of the trash, upcoming first (soonest first), then past ones (latest first),
 * each with the counts the list shows.
 */
export function listEvents(ctx: ServiceContext, input: { trashed: boolean }): EventSummary[] {
  const rows = ctx.db
    .select()
    .from(events)
    .where(input.trashed ? isNotNull(events.deletedAt) : isNull(events.deletedAt))
    .orderBy(asc(events.startsAt))
    .all()
  const summaries = listEventSummaries(ctx, rows)
  const now = ctx.clock.now().toISOString()
  const upcoming = summaries.filter((event) => event.endsAt >= now)
  const past = summaries.filter((event) => event.endsAt < now).reverse()
  return [...upcoming, ...past]
}

/** Rows with the counts a list shows, from two grouped queries rather than one per event. */
export function listEventSummaries(ctx: ServiceContext, rows: EventRow[]): EventSummary[] {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const counts = ctx.db
    .select({
      eventId: eventPeople.eventId,
      attending: sql<number>`sum(${eventPeople.attending})`,
      targets: sql<number>`sum(${eventPeople.target})`,
      met: sql<number>`sum(${eventPeople.met})`
    })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(and(inArray(eventPeople.eventId, ids), isNull(people.deletedAt)))
    .groupBy(eventPeople.eventId)
    .all()
  const topicCounts = ctx.db
    .select({ eventId: eventTopics.eventId, n: sql<number>`count(*)` })
    .from(eventTopics)
    .where(inArray(eventTopics.eventId, ids))
    .groupBy(eventTopics.eventId)
    .all()
  const countOf = new Map(counts.map((row) => [row.eventId, row]))
  const topicsOfEvent = new Map(topicCounts.map((row) => [row.eventId, row.n]))
  return rows.map((row): EventSummary => {
    const count = countOf.get(row.id)
    const attendeeCount = Number(count?.attending ?? 0)
    const targetCount = Number(count?.targets ?? 0)
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      place: row.place,
      energy: row.energy,
      reflectedAt: row.reflectedAt,
      deletedAt: row.deletedAt,
      goals: row.goals,
      attendeeCount,
      targetCount,
      metCount: Number(count?.met ?? 0),
      prep: prepState({
        wizardStep: row.wizardStep,
        attendeeCount,
        targetCount,
        goalCount: row.goals.length,
        topicCount: topicsOfEvent.get(row.id) ?? 0,
        energy: energyOf(row)
      })
    }
  })
}

/** Events of the coming days (and ones that ended up to two days ago), for Today. */
export function eventsBetween(ctx: ServiceContext, fromIso: string, untilIso: string): EventRow[] {
  return ctx.db
    .select()
    .from(events)
    .where(and(isNull(events.deletedAt), sql`${events.startsAt} <= ${untilIso}`, sql`${events.endsAt} >= ${fromIso}`))
    .orderBy(asc(events.startsAt))
    .all()
}

/**
 * Pasted names and whom in People each may be. The names of everyone outside the trash are keyed
 * once (10,000 people read in a few milliseconds), then each pasted name is one lookup.
 */
export function matchAttendees(ctx: ServiceContext, text: string): { name: string; matches: PersonRef[] }[] {
  const names = parseAttendeeNames(text)
  if (names.length === 0) return []
  const candidates: MatchCandidate[] = ctx.db
    .select(nameColumns)
    .from(people)
    .where(isNull(people.deletedAt))
    .orderBy(desc(people.lastContactAt), asc(people.sortKey))
    .all()
  const byKey = new Map<string, MatchCandidate[]>()
  for (const candidate of candidates) {
    for (const key of new Set(candidateKeys(candidate))) {
      const list = byKey.get(key)
      if (list) list.push(candidate)
      else byKey.set(key, [candidate])
    }
  }
  const matchedIds = names.map((name) => {
    const near = byKey.get(nameKey(name)) ?? []
    // The index narrows; the domain rule decides, so matching means the same here as in its tests.
    return matchAttendee(name, near)
  })
  const refs = personRefs(ctx, matchedIds.flat())
  return names.map((name, i) => ({
    name,
    matches: (matchedIds[i] ?? []).flatMap((personId) => {
      const ref = refs.get(personId)
      return ref ? [ref] : []
    })
  }))
}
