import { z } from 'zod'
import { followupKinds, followupStatuses, meetingFormats, meetingStatuses, noteSections, topicKinds } from '../domain/meetings'
import { languages, nameOrders, stages } from '../domain/people'
import { id, instant, limits, localDate, markdown, mediumText, shortText, webUrl } from './limits'

export const topic = z.object({
  id,
  kind: z.enum(topicKinds),
  title: z.string(),
  body: z.string(),
  createdAt: instant,
  updatedAt: instant
})
export type Topic = z.infer<typeof topic>
const topicFields = { kind: z.enum(topicKinds), title: shortText.min(1, 'Give the topic a title'), body: mediumText.default('') }

const question = z.object({ text: mediumText.min(1), source: z.enum(['interest', 'challenge', 'topic', 'own']) })

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

export const followup = z.object({
  id,
  personId: id,
  meetingId: z.string().nullable(),
  kind: z.enum(followupKinds),
  title: z.string(),
  draft: z.string(),
  language: z.enum(languages),
  dueOn: localDate,
  originalDueOn: localDate,
  status: z.enum(followupStatuses),
  doneAt: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant
})
export type Followup = z.infer<typeof followup>

/** A follow-up with what the UI needs to act on it: who, and where to reach them. */
export const followupView = followup.extend({
  person: z.object({
    id,
    familyName: z.string(),
    givenName: z.string(),
    familyNameKana: z.string(),
    givenNameKana: z.string(),
    nameOrder: z.enum(nameOrders),
    email: z.string(),
    links: z.record(z.string(), z.string()),
    stage: z.enum(stages)
  }),
  /** Relative to the user's today: past due is "waiting", never "late". */
  when: z.enum(['waiting', 'today', 'week', 'later'])
})
export type FollowupView = z.infer<typeof followupView>

const meetingView = meeting.extend({ person: followupView.shape.person })
export type MeetingView = z.infer<typeof meetingView>

const endResult = z.object({
  meeting,
  thankYou: followupView,
  promises: z.array(followupView),
  nextContactOn: localDate.nullable()
})

export const meetingProcedures = {
  'topics.list': { input: z.object({}), output: z.array(topic) },
  'topics.create': { input: z.object(topicFields), output: topic },
  'topics.update': { input: z.object({ id, ...topicFields }), output: topic },
  'topics.delete': { input: z.object({ id }), output: z.object({ id }) },
  'meetings.list': {
    input: z.object({ personId: id.optional(), status: z.enum(['planned', 'ended']).optional() }),
    output: z.array(meetingView)
  },
  'meetings.get': { input: z.object({ id }), output: meetingView },
  'meetings.create': { input: z.object({ personId: id, purpose: mediumText.default('') }), output: meeting },
  'meetings.update': { input: z.object({ id, patch: meetingPlan }), output: meeting },
  'meetings.suggestQuestions': {
    input: z.object({ id }),
    output: z.array(question)
  },
  'meetings.saveNotes': {
    input: z.object({ id, section: z.enum(noteSections), text: markdown }),
    output: z.object({ id, updatedAt: instant })
  },
  'meetings.end': { input: z.object({ id }), output: endResult },
  'meetings.cancel': { input: z.object({ id }), output: meeting },
  'followups.list': {
    input: z.object({ status: z.enum(followupStatuses).default('pending'), personId: id.optional() }),
    output: z.array(followupView)
  },
  'followups.get': { input: z.object({ id }), output: followupView },
  'followups.create': {
    input: z.object({
      personId: id,
      kind: z.enum(followupKinds),
      title: shortText.default(''),
      draft: z.string().max(limits.mediumText * 5).default(''),
      dueOn: localDate
    }),
    output: followupView
  },
  'followups.updateDraft': { input: z.object({ id, draft: z.string().max(limits.mediumText * 5) }), output: followupView },
  'followups.markSent': { input: z.object({ id }), output: followupView },
  'followups.snooze': {
    input: z.object({ id, until: z.union([z.enum(['tomorrow', 'next_week']), localDate]) }),
    output: followupView
  },
  'followups.snoozeAllThankYous': { input: z.object({}), output: z.object({ snoozed: z.number().int() }) },
  'followups.dismiss': { input: z.object({ id }), output: followupView },
  'today.get': {
    input: z.object({}),
    output: z.object({
      today: localDate,
      thankYous: z.array(followupView),
      meetings: z.array(meetingView.extend({ prep: z.enum(['not_started', 'in_progress', 'ready']) })),
      followups: z.array(followupView),
      folded: z.number().int()
    })
  }
} as const
