import { and, eq, sql } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { EventRow, EventView } from '../../../shared/api/events'
import { AppFailure } from '../../../shared/api/result'
import { maxTargets } from '../../../shared/domain/events'
import { parseQuickName } from '../../../shared/domain/names'
import { eventPeople, events, eventTopics } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { createPerson } from '../people/mutations'
import { activePerson } from '../people/row'
import { mustGetTopic } from '../topics/queries'
import { activeEvent, eventRow, getEvent } from './queries'

const iso = (instant: string) => new Date(instant).toISOString()

export function createEvent(ctx: ServiceContext, input: ParsedInput<'events.create'>): EventRow {
  const id = newId()
  const now = nowIso(ctx.clock)
  ctx.db
    .insert(events)
    .values({ ...input, id, startsAt: iso(input.startsAt), endsAt: iso(input.endsAt), createdAt: now, updatedAt: now })
    .run()
  return eventRow(ctx, id)
}

export function updateBasics(ctx: ServiceContext, id: string, patch: ParsedInput<'events.updateBasics'>['patch']): EventRow {
  const current = activeEvent(ctx, id)
  const startsAt = patch.startsAt ? iso(patch.startsAt) : current.startsAt
  const endsAt = patch.endsAt ? iso(patch.endsAt) : current.endsAt
  // The contract checks the order when both come; here it is checked against what is stored.
  if (Date.parse(endsAt) < Date.parse(startsAt)) {
    throw new AppFailure('INVALID_INPUT', 'The event ends before it starts', [{ path: ['patch', 'endsAt'], message: 'The event ends before it starts' }])
  }
  ctx.db
    .update(events)
    .set({ ...patch, startsAt, endsAt, updatedAt: nowIso(ctx.clock) })
    .where(eq(events.id, id))
    .run()
  return eventRow(ctx, id)
}

/** Goals, the energy plan, the step reached: the wizard saves each step as it goes. */
export function updatePlan(ctx: ServiceContext, id: string, patch: ParsedInput<'events.updatePlan'>['patch']): EventRow {
  const current = activeEvent(ctx, id)
  const { goals, wizardStep, ...energy } = patch
  ctx.db
    .update(events)
    .set({
      ...energy,
      // A goal keeps its outcome while its words stay the same, so editing one goal loses no reflection.
      ...(goals ? { goals: goals.map((goal) => ({ text: goal.text, outcome: current.goals.find((old) => old.text === goal.text)?.outcome ?? null })) } : {}),
      ...(wizardStep !== undefined ? { wizardStep: Math.max(wizardStep, current.wizardStep) } : {}),
      updatedAt: nowIso(ctx.clock)
    })
    .where(eq(events.id, id))
    .run()
  return eventRow(ctx, id)
}

export function nextPosition(ctx: ServiceContext, eventId: string): number {
  const row = ctx.db
    .select({ n: sql<number>`ifnull(max(${eventPeople.position}), -1) + 1` })
    .from(eventPeople)
    .where(eq(eventPeople.eventId, eventId))
    .get()
  return row?.n ?? 0
}

/**
 * Adds people to an event in one transaction; new names become people at the "discovered" stage.
 * Someone already on the list stays as they are (their research is kept).
 */
export function addAttendees(ctx: ServiceContext, input: ParsedInput<'events.addAttendees'>): EventView {
  activeEvent(ctx, input.id)
  for (const personId of input.personIds) activePerson(ctx, personId, 'NOT_FOUND')
  const names = input.newNames.map((name) => ({ name, parts: parseQuickName(name) }))
  const nameless = names.find(({ parts }) => `${parts.familyName}${parts.givenName}`.trim() === '')
  if (nameless) throw new AppFailure('INVALID_INPUT', 'A person needs a name', [{ path: ['newNames'], message: 'A person needs a name' }])
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    const created = names.map(({ parts }) => createPerson(ctx, { ...parts, stage: 'discovered' }).id)
    let position = nextPosition(ctx, input.id)
    for (const personId of [...new Set([...input.personIds, ...created])]) {
      ctx.db
        .insert(eventPeople)
        .values({ eventId: input.id, personId, position: position++, createdAt: now })
        .onConflictDoUpdate({ target: [eventPeople.eventId, eventPeople.personId], set: { attending: true } })
        .run()
    }
    touch(ctx, input.id)
  })()
  return getEvent(ctx, input.id)
}

export function removeAttendee(ctx: ServiceContext, id: string, personId: string): EventView {
  activeEvent(ctx, id)
  ctx.sqlite.transaction(() => {
    const row = attendeeRow(ctx, id, personId)
    // Someone met there stays on the event (the timeline points to it); only the plan changes.
    if (row?.met) {
      ctx.db.update(eventPeople).set({ attending: false, target: false }).where(attendeeWhere(id, personId)).run()
    } else {
      ctx.db.delete(eventPeople).where(attendeeWhere(id, personId)).run()
    }
    touch(ctx, id)
  })()
  return getEvent(ctx, id)
}

/**
 * Marks a target and prefills their research and common topics from what the app knows, once;
 * a fourth target is refused: a few real conversations, not a list to work through.
 */
export function setTarget(ctx: ServiceContext, id: string, personId: string, target: boolean, prefill: (view: EventView, personId: string) => { research: string; commonTopics: string }): EventView {
  activeEvent(ctx, id)
  const view = getEvent(ctx, id)
  const attendee = view.attendees.find((a) => a.person.id === personId)
  if (!attendee) throw new AppFailure('NOT_FOUND', 'This person is not on the event')
  if (target && !attendee.target && view.attendees.filter((a) => a.target).length >= maxTargets) {
    throw new AppFailure('INVALID_INPUT', `At most ${maxTargets} targets`, [{ path: ['target'], message: `At most ${maxTargets} targets` }])
  }
  const filled = target && attendee.research === '' && attendee.commonTopics === '' ? prefill(view, personId) : null
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(eventPeople)
      .set({ target, ...(filled ?? {}) })
      .where(attendeeWhere(id, personId))
      .run()
    touch(ctx, id)
  })()
  return getEvent(ctx, id)
}

export function updateResearch(ctx: ServiceContext, input: ParsedInput<'events.updateResearch'>): { id: string; personId: string } {
  activeEvent(ctx, input.id)
  if (!attendeeRow(ctx, input.id, input.personId)) throw new AppFailure('NOT_FOUND', 'This person is not on the event')
  const { id, personId, ...fields } = input
  ctx.sqlite.transaction(() => {
    ctx.db.update(eventPeople).set(fields).where(attendeeWhere(id, personId)).run()
    touch(ctx, id)
  })()
  return { id, personId }
}

/** The topics to bring, in the order given; replaces the previous choice. */
export function setTopics(ctx: ServiceContext, id: string, topicIds: string[]): EventView {
  activeEvent(ctx, id)
  const unique = [...new Set(topicIds)]
  for (const topicId of unique) mustGetTopic(ctx, topicId)
  ctx.sqlite.transaction(() => {
    ctx.db.delete(eventTopics).where(eq(eventTopics.eventId, id)).run()
    unique.forEach((topicId, position) => ctx.db.insert(eventTopics).values({ eventId: id, topicId, position }).run())
    touch(ctx, id)
  })()
  return getEvent(ctx, id)
}

export function trashEvent(ctx: ServiceContext, id: string): { id: string } {
  eventRow(ctx, id)
  ctx.db.update(events).set({ deletedAt: nowIso(ctx.clock) }).where(eq(events.id, id)).run()
  return { id }
}

export function restoreEvent(ctx: ServiceContext, id: string): EventRow {
  eventRow(ctx, id)
  ctx.db.update(events).set({ deletedAt: null }).where(eq(events.id, id)).run()
  return eventRow(ctx, id)
}

/** Deletes for good an event already in the trash; its follow-ups stay, without the link to it. */
export function purgeEvent(ctx: ServiceContext, id: string): { id: string } {
  const row = eventRow(ctx, id)
  if (!row.deletedAt) throw new AppFailure('CONFLICT', 'Move the event to the trash first')
  ctx.db.delete(events).where(eq(events.id, id)).run()
  return { id }
}

const attendeeWhere = (eventId: string, personId: string) => and(eq(eventPeople.eventId, eventId), eq(eventPeople.personId, personId))

function attendeeRow(ctx: ServiceContext, eventId: string, personId: string) {
  return ctx.db.select().from(eventPeople).where(attendeeWhere(eventId, personId)).get()
}

function touch(ctx: ServiceContext, id: string): void {
  ctx.db.update(events).set({ updatedAt: nowIso(ctx.clock) }).where(eq(events.id, id)).run()
}
