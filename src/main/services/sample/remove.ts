import { and, inArray, isNotNull, notInArray, sql } from 'drizzle-orm'
import type { Output } from '../../../shared/api/contract'
import { events, followups, interactions, meetings, people, personTags, sampleRows, tags, topics } from '../../db/schema'
import type { ServiceContext } from '../context'
import { markedIds } from './queries'
import { sampleTagNames } from './sets'

// What the daily aftercare pass made by itself (a reconnect, a congratulation, a greeting) is not
// the user's work until they send it.
const generatedKey = sql`coalesce(${followups.sourceKey}, '')`
const userWork = sql`NOT (${followups.status} <> 'sent' AND (${generatedKey} GLOB 'reconnect:*' OR ${generatedKey} GLOB 'milestone:*' OR ${generatedKey} GLOB 'seasonal:*'))`

/**
 * Sample people the user has made their own: someone they planned a meeting with, wrote a
 * follow-up for or logged a timeline note on (marking the sample thank-you sent logs one too).
 */
function peopleWithUserRows(ctx: ServiceContext): string[] {
  const samplePeople = markedIds(ctx, 'people')
  const found = [
    ctx.db.selectDistinct({ id: meetings.personId }).from(meetings).where(and(inArray(meetings.personId, samplePeople), notInArray(meetings.id, markedIds(ctx, 'meetings')))).all(),
    ctx.db
      .selectDistinct({ id: followups.personId })
      .from(followups)
      .where(and(inArray(followups.personId, samplePeople), notInArray(followups.id, markedIds(ctx, 'followups')), userWork))
      .all(),
    ctx.db.selectDistinct({ id: interactions.personId }).from(interactions).where(and(inArray(interactions.personId, samplePeople), notInArray(interactions.id, markedIds(ctx, 'interactions')))).all()
  ]
  return [...new Set(found.flat().map((row) => row.id))]
}

/** Sample meetings the user's own follow-ups point at: they ended the sample one-on-one themselves. */
function meetingsWithUserFollowups(ctx: ServiceContext): string[] {
  return ctx.db
    .selectDistinct({ id: followups.meetingId })
    .from(followups)
    .where(and(isNotNull(followups.meetingId), inArray(followups.meetingId, markedIds(ctx, 'meetings')), notInArray(followups.id, markedIds(ctx, 'followups'))))
    .all()
    .flatMap((row) => (row.id ? [row.id] : []))
}

/**
 * Removes exactly the rows the sample added, in one transaction, and nothing the user added.
 * Deleting a person cascades to their meetings, follow-ups and timeline, so a sample person who
 * carries any of the user's own work is kept and unmarked (they are the user's now) instead of
 * taking that work with them; only the sample's own rows around them go. The same holds for a
 * sample meeting the user's follow-ups point at.
 */
export function removeSample(ctx: ServiceContext): Output<'sample.remove'> {
  return ctx.sqlite.transaction(() => {
    const keptPeople = peopleWithUserRows(ctx)
    const keptMeetings = meetingsWithUserFollowups(ctx)
    let removed = 0
    removed += ctx.db.delete(followups).where(inArray(followups.id, markedIds(ctx, 'followups'))).run().changes
    removed += ctx.db.delete(interactions).where(inArray(interactions.id, markedIds(ctx, 'interactions'))).run().changes
    removed += ctx.db
      .delete(meetings)
      .where(and(inArray(meetings.id, markedIds(ctx, 'meetings')), notInArray(meetings.id, keptMeetings)))
      .run().changes
    // The sample meetup goes with its lists; a thank-you the user made from it stays, unlinked.
    removed += ctx.db.delete(events).where(inArray(events.id, markedIds(ctx, 'events'))).run().changes
    removed += ctx.db.delete(topics).where(inArray(topics.id, markedIds(ctx, 'topics'))).run().changes
    // Milestones and tag links go with their person (ON DELETE CASCADE).
    removed += ctx.db
      .delete(people)
      .where(and(inArray(people.id, markedIds(ctx, 'people')), notInArray(people.id, keptPeople)))
      .run().changes
    // A sample tag no one carries any more is invisible but would keep its spelling for a later
    // tag of the same name; only the sample's tag names are swept, and only when unused.
    ctx.db
      .delete(tags)
      .where(
        and(
          inArray(sql`lower(${tags.name})`, sampleTagNames),
          notInArray(tags.id, ctx.db.select({ id: personTags.tagId }).from(personTags))
        )
      )
      .run()
    // Whatever stayed is the user's now: no marker may point at it any more.
    ctx.db.delete(sampleRows).run()
    return { removed, keptPeople: keptPeople.length }
  })()
}
