import { z } from 'zod'
import { eventKinds, goalOutcomes, wizardSteps } from '../domain/events'
import { maxGoals } from '../domain/goals'
import { prepStates } from '../domain/meetings'
import { followupView } from './followups'
import { httpsLink, id, instant, limits, markdown, mediumText, shortText } from './limits'
import { personRef } from './people'
import { readsOnly } from './procedure'

/** "18:30", or empty: times of the energy plan are on the event's own day. */
const clockTime = z.string().regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/, 'Expected a time as HH:MM')

const goal = z.object({ text: mediumText.min(1, 'Write the goal'), outcome: z.enum(goalOutcomes).nullable() })

const basics = z.object({
  name: shortText.min(1, 'Give the event a name'),
  kind: z.enum(eventKinds),
  startsAt: instant,
  endsAt: instant,
  place: shortText.default(''),
  link: httpsLink.default(''),
  notes: markdown.default('')
})

// zod checks the order after the fields parse; the message lands on the end, where it is fixed.
const endsAfterStart = <T extends { startsAt?: string | undefined; endsAt?: string | undefined }>(value: T, issues: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt)) {
    issues.addIssue({ code: 'custom', path: ['endsAt'], message: 'The event ends before it starts' })
  }
}

export const eventRow = z.object({
  id,
  name: z.string(),
  kind: z.enum(eventKinds),
  startsAt: instant,
  endsAt: instant,
  place: z.string(),
  link: z.string(),
  notes: z.string(),
  goals: z.array(goal),
  arriveAt: z.string(),
  leaveBy: z.string(),
  breakPlan: z.string(),
  recovery: z.string(),
  quietPlace: z.string(),
  wizardStep: z.number().int(),
  energy: z.number().int().nullable(),
  reflection: z.string(),
  reflectedAt: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  deletedAt: z.string().nullable()
})
export type EventRow = z.infer<typeof eventRow>

export const eventAttendee = z.object({
  person: personRef.extend({
    headline: z.string(),
    company: z.string(),
    expertise: z.array(z.string()),
    interests: z.array(z.string()),
    challenges: z.array(z.string())
  }),
  attending: z.boolean(),
  target: z.boolean(),
  research: z.string(),
  commonTopics: z.string(),
  met: z.boolean(),
  talkedAbout: z.string(),
  promised: z.string()
})
export type EventAttendee = z.infer<typeof eventAttendee>

const eventTopic = z.object({ id, kind: z.string(), title: z.string(), body: z.string() })

/** An event with its people and topics, and how far its preparation is. */
export const eventView = eventRow.extend({
  attendees: z.array(eventAttendee),
  topics: z.array(eventTopic),
  prep: z.enum(prepStates)
})
export type EventView = z.infer<typeof eventView>

export const eventSummary = eventRow.pick({ id: true, name: true, kind: true, startsAt: true, endsAt: true, place: true, energy: true, reflectedAt: true, deletedAt: true }).extend({
  goals: z.array(goal),
  attendeeCount: z.number().int(),
  targetCount: z.number().int(),
  metCount: z.number().int(),
  prep: z.enum(prepStates)
})
export type EventSummary = z.infer<typeof eventSummary>

/** One pasted name and the people it may be: none (new), one, or several to choose from. */
const attendeeMatch = z.object({ name: z.string(), matches: z.array(personRef) })

const plan = z
  .object({
    goals: z.array(goal.pick({ text: true })).max(maxGoals, `At most ${maxGoals} goals`),
    arriveAt: clockTime,
    leaveBy: clockTime,
    breakPlan: shortText,
    recovery: shortText,
    quietPlace: shortText,
    wizardStep: z.number().int().min(0).max(wizardSteps.length - 1)
  })
  .partial()

/** Someone the user met at the event: already in People, or new (a name typed quickly). */
const metPerson = z
  .object({
    personId: id.optional(),
    name: shortText.optional(),
    talkedAbout: mediumText.default(''),
    promised: mediumText.default('')
  })
  .refine((met) => met.personId !== undefined || (met.name ?? '') !== '', { message: 'Pick a person or type a name', path: ['name'] })

const reflection = z.object({
  outcomes: z.array(z.enum(goalOutcomes).nullable()).max(maxGoals),
  energy: z.number().int().min(1).max(5).nullable(),
  note: markdown.default(''),
  met: z.array(metPerson).max(limits.listItems)
})

const markdownFile = z.object({ fileName: z.string(), text: z.string() })
// Attendees are people: adding a new one changes People too.
const withPeople = ['events', 'people'] as const

export const eventsProcedures = {
  'events.list': { input: z.object({ trashed: z.boolean().default(false) }), output: z.array(eventSummary), changes: readsOnly },
  'events.get': { input: z.object({ id }), output: eventView, changes: readsOnly },
  'events.create': { input: basics.superRefine(endsAfterStart), output: eventRow, changes: ['events'] },
  'events.updateBasics': { input: z.object({ id, patch: basics.partial().superRefine(endsAfterStart) }), output: eventRow, changes: ['events'] },
  /** Goals, the energy plan and the wizard's step: whatever the current step saves. */
  'events.updatePlan': { input: z.object({ id, patch: plan }), output: eventRow, changes: ['events'] },
  /** Pasted names matched against People (either order, spaces or not, readings); writes nothing. */
  'events.matchAttendees': {
    input: z.object({ text: z.string().max(limits.mediumText * 10) }),
    output: z.array(attendeeMatch),
    changes: readsOnly
  },
  /** Adds people to the event; `newNames` become people at the "discovered" stage first. */
  'events.addAttendees': {
    input: z.object({ id, personIds: z.array(id).max(200).default([]), newNames: z.array(shortText.min(1)).max(200).default([]) }),
    output: eventView,
    changes: withPeople
  },
  'events.removeAttendee': { input: z.object({ id, personId: id }), output: eventView, changes: ['events'] },
  /** Marks or unmarks a target; a fourth is refused: a few real conversations, not a list. */
  'events.setTarget': { input: z.object({ id, personId: id, target: z.boolean() }), output: eventView, changes: ['events'] },
  'events.updateResearch': {
    input: z.object({ id, personId: id, research: markdown.optional(), commonTopics: mediumText.optional() }),
    output: z.object({ id, personId: id }),
    changes: ['events']
  },
  'events.setTopics': { input: z.object({ id, topicIds: z.array(id).max(limits.listItems) }), output: eventView, changes: ['events'] },
  /**
   * The reflection, in one transaction: goal outcomes and energy, and for each person met a timeline
   * entry, the stage moved to "met" (never back), a same-day thank-you and a follow-up per promise.
   * Saving again adds only what is new.
   */
  'events.reflect': {
    input: z.object({ id, reflection }),
    output: z.object({ event: eventView, thankYous: z.array(followupView) }),
    changes: ['events', 'people', 'followups']
  },
  // Trash keeps the event's follow-ups: a thank-you owed to a person stays owed.
  'events.delete': { input: z.object({ id }), output: z.object({ id }), changes: ['events'] },
  'events.restore': { input: z.object({ id }), output: eventRow, changes: ['events'] },
  'events.purge': { input: z.object({ id }), output: z.object({ id }), changes: ['events'] },
  /** The prep sheet as Markdown, in the UI's language. */
  'events.sheetMarkdown': { input: z.object({ id, language: z.enum(['ja', 'en']) }), output: markdownFile, changes: readsOnly },
  'events.ics': { input: z.object({ id }), output: markdownFile, changes: readsOnly }
} as const

