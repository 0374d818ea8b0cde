import { eq } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { Meeting } from '../../../shared/api/meetings'
import { AppFailure } from '../../../shared/api/result'
import { languageFor } from '../../../shared/domain/drafts'
import type { NoteSection } from '../../../shared/domain/meetings'
import { stageAfterPlanning } from '../../../shared/domain/touchpoints'
import { meetings, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { activePerson } from '../people/row'
import { meetingRow } from './queries'

export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): Meeting {
  const person = activePerson(ctx, input.personId, 'NOT_FOUND')
  const id = newId()
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(meetings)
      .values({ id, personId: person.id, purpose: input.purpose, invitationLanguage: languageFor(person), createdAt: now, updatedAt: now })
      .run()
    // Planning a one-on-one is proposing one: the stage moves on (never back).
    const stage = stageAfterPlanning(person.stage)
    if (stage !== person.stage) ctx.db.update(people).set({ stage, updatedAt: now }).where(eq(people.id, person.id)).run()
  })()
  return meetingRow(ctx, id)
}

/** Saves whatever step of the plan the user is on; the furthest step reached is kept. */
export function updateMeeting(ctx: ServiceContext, id: string, patch: ParsedInput<'meetings.update'>['patch']): Meeting {
  const current = meetingRow(ctx, id)
  if (current.status === 'cancelled') throw new AppFailure('CONFLICT', 'This meeting was cancelled')
  const { planStep, startsAt, ...rest } = patch
  ctx.db
    .update(meetings)
    .set({
      ...rest,
      ...(startsAt !== undefined ? { startsAt: startsAt === null ? null : new Date(startsAt).toISOString() } : {}),
      ...(planStep !== undefined ? { planStep: Math.max(planStep, current.planStep) } : {}),
      updatedAt: nowIso(ctx.clock)
    })
    .where(eq(meetings.id, id))
    .run()
  return meetingRow(ctx, id)
}

/**
 * One listening section at a time, so two sections typed in quick succession never overwrite each
 * other. Notes stay editable after the meeting ends: memory comes back later.
 */
export function saveNotes(ctx: ServiceContext, id: string, section: NoteSection, text: string): { id: string; updatedAt: string } {
  meetingRow(ctx, id)
  const updatedAt = nowIso(ctx.clock)
  ctx.db
    .update(meetings)
    .set({ [section]: text, updatedAt })
    .where(eq(meetings.id, id))
    .run()
  return { id, updatedAt }
}

export function cancelMeeting(ctx: ServiceContext, id: string): Meeting {
  const current = meetingRow(ctx, id)
  if (current.status === 'ended') throw new AppFailure('CONFLICT', 'This meeting has already ended')
  ctx.db.update(meetings).set({ status: 'cancelled', updatedAt: nowIso(ctx.clock) }).where(eq(meetings.id, id)).run()
  return meetingRow(ctx, id)
}
