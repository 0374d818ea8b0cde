import type { HandlersOf } from '../../rpc/handler'
import { endMeeting } from './end'
import { meetingIcs } from './ics'
import { cancelMeeting, createMeeting, saveNotes, updateMeeting } from './mutations'
import { getMeeting, listMeetings, suggestQuestionsFor } from './queries'

export const meetingsHandlers = {
  'meetings.list': (ctx, input) => listMeetings(ctx, input),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.create': (ctx, input) => createMeeting(ctx, input),
  'meetings.update': (ctx, input) => updateMeeting(ctx, input.id, input.patch),
  'meetings.suggestQuestions': (ctx, input) => suggestQuestionsFor(ctx, input.id),
  'meetings.saveNotes': (ctx, input) => saveNotes(ctx, input.id, input.section, input.text),
  'meetings.end': (ctx, input) => endMeeting(ctx, input.id),
  'meetings.cancel': (ctx, input) => cancelMeeting(ctx, input.id),
  'meetings.ics': (ctx, input) => meetingIcs(ctx, input.id)
} satisfies HandlersOf<'meetings'>
