import { and, eq, lte } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { FollowupView } from '../../../shared/api/followups'
import { AppFailure } from '../../../shared/api/result'
import { addDays } from '../../../shared/domain/dates'
import { languageFor } from '../../../shared/domain/drafts'
import { followups, interactions, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { activePerson, mustLoadPerson } from '../people/row'
import { nextContactOn } from '../../../shared/domain/dates'
import { getFollowup, todayOf } from './queries'

function mustBePending(ctx: ServiceContext, id: string): FollowupView {
  const current = getFollowup(ctx, id)
  if (current.status !== 'pending') throw new AppFailure('CONFLICT', 'This follow-up is already done')
  return current
}

function changed(ctx: ServiceContext, id: string): FollowupView {
  return getFollowup(ctx, id)
}

export function createFollowup(ctx: ServiceContext, input: ParsedInput<'followups.create'>): FollowupView {
  const person = activePerson(ctx, input.personId, 'NOT_FOUND')
  const id = newId()
  const now = nowIso(ctx.clock)
  ctx.db
    .insert(followups)
    .values({ id, ...input, originalDueOn: input.dueOn, language: languageFor(person), createdAt: now, updatedAt: now })
    .run()
  return changed(ctx, id)
}

export function updateDraft(ctx: ServiceContext, id: string, draft: string): FollowupView {
  mustBePending(ctx, id)
  ctx.db.update(followups).set({ draft, updatedAt: nowIso(ctx.clock) }).where(eq(followups.id, id)).run()
  return changed(ctx, id)
}

/** Sending is the user's act; marking it logs it on the timeline and restarts the keep-in-touch clock. */
export function markSent(ctx: ServiceContext, id: string): FollowupView {
  const current = mustBePending(ctx, id)
  const person = mustLoadPerson(ctx, current.personId)
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    ctx.db.update(followups).set({ status: 'sent', doneAt: now, updatedAt: now }).where(eq(followups.id, id)).run()
    ctx.db
      .insert(interactions)
      .values({
        id: newId(),
        personId: person.id,
        kind: current.kind === 'thank_you' ? 'thank_you_sent' : 'followup_sent',
        occurredAt: now,
        summary: current.title,
        body: current.draft,
        sourceKind: 'followup',
        sourceId: id,
        createdAt: now
      })
      .run()
    ctx.db
      .update(people)
      .set({ lastContactAt: now, nextContactOn: nextContactOn(new Date(now), person.cadenceDays, ctx.clock.timeZone()), updatedAt: now })
      .where(eq(people.id, person.id))
      .run()
  })()
  return changed(ctx, id)
}

export function snooze(ctx: ServiceContext, id: string, until: ParsedInput<'followups.snooze'>['until']): FollowupView {
  mustBePending(ctx, id)
  const today = todayOf(ctx)
  const dueOn = until === 'tomorrow' ? addDays(today, 1) : until === 'next_week' ? addDays(today, 7) : until
  if (dueOn <= today) throw new AppFailure('INVALID_INPUT', 'Snooze to a day after today', [{ path: ['until'], message: 'Pick a later day' }])
  ctx.db.update(followups).set({ dueOn, updatedAt: nowIso(ctx.clock) }).where(eq(followups.id, id)).run()
  return changed(ctx, id)
}

/** The tray's "snooze all until tomorrow": every thank-you due today or waiting. */
export function snoozeAllThankYous(ctx: ServiceContext): { snoozed: number } {
  const today = todayOf(ctx)
  const snoozed = ctx.db
    .update(followups)
    .set({ dueOn: addDays(today, 1), updatedAt: nowIso(ctx.clock) })
    .where(and(eq(followups.status, 'pending'), eq(followups.kind, 'thank_you'), lte(followups.dueOn, today)))
    .run().changes
  return { snoozed }
}

export function dismiss(ctx: ServiceContext, id: string): FollowupView {
  mustBePending(ctx, id)
  const now = nowIso(ctx.clock)
  ctx.db.update(followups).set({ status: 'dismissed', doneAt: now, updatedAt: now }).where(eq(followups.id, id)).run()
  return changed(ctx, id)
}
