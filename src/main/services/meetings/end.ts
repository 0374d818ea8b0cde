import { eq } from 'drizzle-orm'
import type { Output } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { localDateOf, nextContactOn } from '../../../shared/domain/dates'
import { languageFor, thankYouDraft } from '../../../shared/domain/drafts'
import { noteLines, stageAfterMeeting } from '../../../shared/domain/meetings'
import { followups, interactions, meetings, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { getFollowup } from '../followups/queries'
import { writeThankYouAndPromises } from '../followups/thank-you-and-promises'
import { activePerson, loadPerson } from '../people/row'
import { meetingRow } from './queries'

const sourceKeys = (meetingId: string) => ({
  thankYou: `meeting:${meetingId}:thank_you`,
  promise: (index: number) => `meeting:${meetingId}:promise:${index}`
})

function result(ctx: ServiceContext, meetingId: string): Output<'meetings.end'> {
  const meeting = meetingRow(ctx, meetingId)
  const rows = ctx.db.select({ id: followups.id, sourceKey: followups.sourceKey }).from(followups).where(eq(followups.meetingId, meetingId)).all()
  const keys = sourceKeys(meetingId)
  const thankYouId = rows.find((row) => row.sourceKey === keys.thankYou)?.id
  if (!thankYouId) throw new AppFailure('INTERNAL', 'The thank-you for this meeting is missing')
  const promises = rows
    .filter((row) => row.sourceKey?.startsWith(`meeting:${meetingId}:promise:`))
    .sort((a, b) => Number(a.sourceKey?.split(':').pop()) - Number(b.sourceKey?.split(':').pop()))
    .map((row) => getFollowup(ctx, row.id))
  const person = loadPerson(ctx, meeting.personId)
  return { meeting, thankYou: getFollowup(ctx, thankYouId), promises, nextContactOn: person?.nextContactOn ?? null }
}

/**
 * Ends a one-on-one in one transaction: a thank-you due the same local day that quotes the notes,
 * a follow-up per promise the user made, a timeline entry, the person's stage and keep-in-touch
 * dates. Ending again changes nothing and answers with what the first end created.
 */
export function endMeeting(ctx: ServiceContext, id: string): Output<'meetings.end'> {
  const meeting = meetingRow(ctx, id)
  if (meeting.status === 'ended') return result(ctx, id)
  if (meeting.status === 'cancelled') throw new AppFailure('CONFLICT', 'This meeting was cancelled')
  const person = activePerson(ctx, meeting.personId)

  const now = ctx.clock.now()
  const endedAt = now.toISOString()
  const today = localDateOf(now, ctx.clock.timeZone())
  const language = languageFor(person)
  const stamp = nowIso(ctx.clock)

  ctx.sqlite.transaction(() => {
    ctx.db.update(meetings).set({ status: 'ended', endedAt, updatedAt: stamp }).where(eq(meetings.id, id)).run()
    writeThankYouAndPromises(ctx, { personId: person.id, source: { meetingId: id }, keys: sourceKeys(id), language, draft: thankYouDraft(person, language, meeting), promised: meeting.myPromises, today, stamp })
    ctx.db
      .insert(interactions)
      .values({
        id: newId(),
        personId: person.id,
        kind: 'meeting',
        occurredAt: endedAt,
        summary: meeting.purpose,
        body: meetingSummary(meeting),
        sourceKind: 'meeting',
        sourceId: id,
        createdAt: stamp
      })
      .run()
    ctx.db
      .update(people)
      .set({
        stage: stageAfterMeeting(person.stage),
        lastContactAt: endedAt,
        nextContactOn: nextContactOn(now, person.cadenceDays, ctx.clock.timeZone()),
        updatedAt: stamp
      })
      .where(eq(people.id, person.id))
      .run()
  })()
  return result(ctx, id)
}

/** The listening notes, condensed for the timeline. */
function meetingSummary(meeting: { caresAbout: string; theirChallenges: string; sharedInterests: string; theirPromises: string }): string {
  return [meeting.caresAbout, meeting.theirChallenges, meeting.sharedInterests, meeting.theirPromises]
    .flatMap((section) => noteLines(section))
    .map((line) => `- ${line}`)
    .join('\n')
}
