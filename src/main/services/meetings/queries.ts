import { and, asc, desc, eq, type SQL } from 'drizzle-orm'
import type { Meeting, MeetingView } from '../../../shared/api/meetings'
import { AppFailure } from '../../../shared/api/result'
import { languageFor } from '../../../shared/domain/drafts'
import { suggestQuestions, type SuggestedQuestion } from '../../../shared/domain/questions'
import { meetings } from '../../db/schema'
import type { ServiceContext } from '../context'
import { mustLoadPerson } from '../people/row'
import { personRefs } from '../people/refs'
import { listTopics } from '../topics/queries'

export function meetingRow(ctx: ServiceContext, id: string): Meeting {
  const row = ctx.db.select().from(meetings).where(eq(meetings.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No meeting with that id')
  return row
}

function toViews(ctx: ServiceContext, rows: Meeting[], options: { includeTrashed?: boolean } = {}): MeetingView[] {
  const refs = personRefs(
    ctx,
    rows.map((row) => row.personId),
    options
  )
  return rows.flatMap((row) => {
    const person = refs.get(row.personId)
    return person ? [{ ...row, person }] : []
  })
}

export function getMeeting(ctx: ServiceContext, id: string): MeetingView {
  const [view] = toViews(ctx, [meetingRow(ctx, id)], { includeTrashed: true })
  if (!view) throw new AppFailure('NOT_FOUND', 'No meeting with that id')
  return view
}

/** Meetings of people outside the trash: planned ones soonest first, ended ones latest first. */
export function listMeetings(ctx: ServiceContext, input: { personId?: string | undefined; status?: 'planned' | 'ended' | undefined }) {
  const conditions: (SQL | undefined)[] = []
  if (input.personId) conditions.push(eq(meetings.personId, input.personId))
  if (input.status) conditions.push(eq(meetings.status, input.status))
  // Trashed people's meetings drop out in toViews, without a join that would walk every person.
  const rows = ctx.db
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(input.status === 'ended' ? desc(meetings.endedAt) : asc(meetings.startsAt), desc(meetings.createdAt))
    .all()
  return toViews(ctx, rows)
}

/** Questions drawn from the person's interests and challenges and the user's topic library. */
export function suggestQuestionsFor(ctx: ServiceContext, id: string): SuggestedQuestion[] {
  const meeting = meetingRow(ctx, id)
  const person = mustLoadPerson(ctx, meeting.personId)
  const language = meeting.invitationLanguage ?? languageFor(person)
  return suggestQuestions(person, listTopics(ctx), language)
}
