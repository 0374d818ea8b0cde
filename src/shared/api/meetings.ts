import { z } from 'zod'
import { meetingFormats, meetingStatuses, noteSections } from '../domain/meetings'
import { languages } from '../domain/people'
import { questionSources } from '../domain/questions'
import { followupView } from './followups'
import { id, instant, limits, localDate, markdown, mediumText, shortText, webUrl } from './limits'
import { personRef } from './people'
import { readsOnly } from './procedure'

const question = z.object({ text: mediumText.min(1), source: z.enum(questionSources) })

export const meeting = z.object({
  id,
  personId: id,
  purpose: z.string(),
  format: z.enum(meetingFormats),
  startsAt: z.string().nullable(),
  place: z.string(),
  link: z.string(),
  questions: z.array(question),
  invitationLanguage: z.enum(languages).nullable(),
  invitationDraft: z.string(),
  planStep: z.number().int(),
  status: z.enum(meetingStatuses),
  caresAbout: z.string(),
  theirChallenges: z.string(),
  sharedInterests: z.string(),
  helpEachOther: z.string(),
  myPromises: z.string(),
  theirPromises: z.string(),
  freeNotes: z.string(),
  endedAt: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant
})
export type Meeting = z.infer<typeof meeting>

const meetingPlan = z
  .object({
    purpose: mediumText,
    format: z.enum(meetingFormats),
    startsAt: instant.nullable(),
    place: shortText,
    link: webUrl.or(z.literal('')),
    questions: z.array(question).max(limits.listItems),
    invitationLanguage: z.enum(languages).nullable(),
    invitationDraft: z.string().max(limits.mediumText * 5),
    planStep: z.number().int().min(0).max(3)
  })
  .partial()

export const meetingView = meeting.extend({ person: personRef })
export type MeetingView = z.infer<typeof meetingView>

const endResult = z.object({
  meeting,
  thankYou: followupView,
  promises: z.array(followupView),
  nextContactOn: localDate.nullable()
})

export const meetingsProcedures = {
  'meetings.list': {
    input: z.object({ personId: id.optional(), status: z.enum(['planned', 'ended']).optional() }),
    output: z.array(meetingView),
    changes: readsOnly
  },
  'meetings.get': { input: z.object({ id }), output: meetingView, changes: readsOnly },
  'meetings.create': {
    input: z.object({ personId: id, purpose: mediumText.default('') }),
    output: meeting,
    // Planning moves the person's stage on to "meeting proposed".
    changes: ['meetings', 'people']
  },
  'meetings.update': { input: z.object({ id, patch: meetingPlan }), output: meeting, changes: ['meetings'] },
  'meetings.suggestQuestions': { input: z.object({ id }), output: z.array(question), changes: readsOnly },
  'meetings.saveNotes': {
    input: z.object({ id, section: z.enum(noteSections), text: markdown }),
    output: z.object({ id, updatedAt: instant }),
    changes: ['meetings']
  },
  // Ending makes the thank-you and promises, logs the meeting and moves the person's stage.
  'meetings.end': { input: z.object({ id }), output: endResult, changes: ['meetings', 'followups', 'people'] },
  'meetings.cancel': { input: z.object({ id }), output: meeting, changes: ['meetings'] },
  /** The one-on-one as an iCalendar file for the user's own calendar (needs a date and time). */
  'meetings.ics': { input: z.object({ id }), output: z.object({ fileName: z.string(), text: z.string() }), changes: readsOnly }
} as const
