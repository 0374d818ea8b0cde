import { z } from 'zod'
import { dueWhens } from '../domain/followups'
import { followupKinds, followupStatuses } from '../domain/meetings'
import { languages } from '../domain/people'
import { id, instant, limits, localDate, shortText } from './limits'
import { personRef } from './people'
import { readsOnly } from './procedure'

export const followup = z.object({
  id,
  personId: id,
  meetingId: z.string().nullable(),
  eventId: z.string().nullable(),
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
  person: personRef,
  /** Relative to the user's today: past due is "waiting", never "late". */
  when: z.enum(dueWhens),
  /** A congratulation on a job change or promotion: offer to bring their profile up to date. */
  updateProfile: z.boolean()
})
export type FollowupView = z.infer<typeof followupView>

const draftText = z.string().max(limits.mediumText * 5)
// Marking sent logs an interaction and restarts the keep-in-touch clock.
const sentChanges = ['followups', 'people'] as const

export const followupsProcedures = {
  'followups.list': {
    input: z.object({ status: z.enum(followupStatuses).default('pending'), personId: id.optional() }),
    output: z.array(followupView),
    changes: readsOnly
  },
  'followups.get': { input: z.object({ id }), output: followupView, changes: readsOnly },
  'followups.create': {
    input: z.object({
      personId: id,
      kind: z.enum(followupKinds),
      title: shortText.default(''),
      draft: draftText.default(''),
      dueOn: localDate
    }),
    output: followupView,
    changes: ['followups']
  },
  'followups.updateDraft': { input: z.object({ id, draft: draftText }), output: followupView, changes: ['followups'] },
  'followups.markSent': { input: z.object({ id }), output: followupView, changes: sentChanges },
  'followups.snooze': {
    input: z.object({ id, until: z.union([z.enum(['tomorrow', 'next_week']), localDate]) }),
    output: followupView,
    changes: ['followups']
  },
  'followups.snoozeAllThankYous': {
    input: z.object({}),
    output: z.object({ snoozed: z.number().int() }),
    changes: ['followups']
  },
  'followups.dismiss': { input: z.object({ id }), output: followupView, changes: ['followups'] }
} as const
