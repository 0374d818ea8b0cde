import type { MeetingView } from '../../../shared/api/meetings'
import { AppFailure } from '../../../shared/api/result'
import { localDateOf } from '../../../shared/domain/dates'
import { icsCalendar } from '../../../shared/domain/ics'
import type { MeetingFormat } from '../../../shared/domain/meetings'
import { displayName } from '../../../shared/domain/names'
import type { ServiceContext } from '../context'
import { getMeeting } from './queries'

// A lunch runs longer than a coffee; the user moves the end in their calendar if it differs.
const minutesByFormat: Record<MeetingFormat, number> = { coffee: 60, lunch: 90, call: 60, walk: 60, other: 60 }

/** What the file says besides the time: the purpose, then the questions to ask. */
function descriptionOf(meeting: MeetingView): string {
  const questions = meeting.questions.map((question) => `- ${question.text}`)
  return [meeting.purpose, questions.join('\n')].filter((part) => part.trim() !== '').join('\n\n')
}

/** A one-on-one as an .ics file for the user's own calendar; the same UID on every export. */
export function meetingIcs(ctx: ServiceContext, id: string): { fileName: string; text: string } {
  const meeting = getMeeting(ctx, id)
  if (!meeting.startsAt) throw new AppFailure('CONFLICT', 'Pick a date and time for this one-on-one first')
  const start = new Date(meeting.startsAt)
  const text = icsCalendar(
    {
      uid: `${meeting.id}@engawa.local`,
      stamp: ctx.clock.now(),
      start,
      end: new Date(start.getTime() + minutesByFormat[meeting.format] * 60_000),
      // "1on1" reads the same in Japanese and English workplaces, whatever the app's language.
      summary: `1on1: ${displayName(meeting.person)}`,
      location: meeting.place,
      description: descriptionOf(meeting),
      url: meeting.link,
      // Seconds since creation grow with every edit, so a calendar takes a re-import as newer.
      sequence: Math.max(0, Math.floor((Date.parse(meeting.updatedAt) - Date.parse(meeting.createdAt)) / 1000)),
      lastModified: new Date(meeting.updatedAt),
      cancelled: meeting.status === 'cancelled'
    },
    `-//Engawa//Engawa ${ctx.version}//EN`
  )
  return { fileName: `one-on-one-${localDateOf(start, ctx.clock.timeZone())}.ics`, text }
}
