import { and, asc, eq, lte, sql, type SQL } from 'drizzle-orm'
import type { Followup, FollowupView } from '../../../shared/api/followups'
import { AppFailure } from '../../../shared/api/result'
import { localDateOf } from '../../../shared/domain/dates'
import { whenDue } from '../../../shared/domain/followups'
import { followups } from '../../db/schema'
import type { ServiceContext } from '../context'
import { personRefs } from '../people/refs'

export const followupColumns = {
  id: followups.id,
  personId: followups.personId,
  meetingId: followups.meetingId,
  eventId: followups.eventId,
  kind: followups.kind,
  title: followups.title,
  draft: followups.draft,
  language: followups.language,
  dueOn: followups.dueOn,
  originalDueOn: followups.originalDueOn,
  status: followups.status,
  doneAt: followups.doneAt,
  createdAt: followups.createdAt,
  updatedAt: followups.updatedAt,
  // A job change or promotion on the day: the profile likely needs a new company or role.
  updateProfile: sql<boolean>`(${followups.sourceKey} LIKE 'milestone:%:job_change:%' OR ${followups.sourceKey} LIKE 'milestone:%:promotion:%')`.mapWith(Boolean)
}

export const todayOf = (ctx: ServiceContext): string => localDateOf(ctx.clock.now(), ctx.clock.timeZone())

export function toViews(ctx: ServiceContext, rows: (Followup & { updateProfile: boolean })[], options: { includeTrashed?: boolean } = {}): FollowupView[] {
  const refs = personRefs(
    ctx,
    rows.map((row) => row.personId),
    options
  )
  const today = todayOf(ctx)
  return rows.flatMap((row) => {
    const person = refs.get(row.personId)
    return person ? [{ ...row, person, when: whenDue(row.dueOn, today) }] : []
  })
}

/**
 * Follow-ups of people outside the trash, oldest due first. No join with people here: the planner
 * would walk all people to find a handful of follow-ups; toViews drops the trashed ones.
 */
export function selectFollowups(ctx: ServiceContext, where: SQL | undefined): FollowupView[] {
  const rows = ctx.db
    .select(followupColumns)
    .from(followups)
    .where(where)
    .orderBy(asc(followups.dueOn), asc(followups.createdAt))
    .all()
  return toViews(ctx, rows)
}

export function listFollowups(ctx: ServiceContext, input: { status: Followup['status']; personId?: string | undefined }) {
  const conditions = [eq(followups.status, input.status)]
  if (input.personId) conditions.push(eq(followups.personId, input.personId))
  return selectFollowups(ctx, and(...conditions))
}

export function getFollowup(ctx: ServiceContext, id: string): FollowupView {
  const row = ctx.db.select(followupColumns).from(followups).where(eq(followups.id, id)).get()
  const view = row ? toViews(ctx, [row], { includeTrashed: true })[0] : undefined
  if (!view) throw new AppFailure('NOT_FOUND', 'No follow-up with that id')
  return view
}

/** Thank-yous waiting now: due today or earlier, for the tray and Today. */
export function pendingThankYous(ctx: ServiceContext): FollowupView[] {
  return selectFollowups(
    ctx,
    and(eq(followups.status, 'pending'), eq(followups.kind, 'thank_you'), lte(followups.dueOn, todayOf(ctx)))
  )
}
