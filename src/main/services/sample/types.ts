import type { ParsedInput } from '../../../shared/api/contract'
import type { Meeting } from '../../../shared/api/meetings'
import type { EventKind } from '../../../shared/domain/events'
import type { MilestoneKind } from '../../../shared/domain/people'
import type { NoteSection, TopicKind } from '../../../shared/domain/meetings'

/**
 * One language's sample circle. Dates are written as "days ago" or "days ahead" and turned into
 * real dates from the injected clock at load time, so the story reads right on any day.
 */
export interface SampleSet {
  topics: { kind: TopicKind; title: string; body: string }[]
  /** One person per relationship stage, so every stage of the list has someone in it. */
  people: SamplePerson[]
  /** Held earlier today and ended by the app itself: its thank-you is due today, its promise is open. */
  held: SampleMeeting & { notes: Partial<Record<NoteSection, string>> }
  /**
   * Later this week, fully planned (purpose, time, place, questions), so its prep reads "ready":
   * `inDays` from today at the local time `at`, moved to Monday when that is a weekend.
   */
  planned: SampleMeeting & { inDays: number; at: string }
  /**
   * A meetup a few days ahead, half prepared (people and a target, one goal, no energy plan yet),
   * so Events and Today show what preparing looks like and what is left to do.
   */
  event: SampleEvent
}

export interface SampleEvent {
  name: string
  kind: EventKind
  inDays: number
  at: string
  hours: number
  place: string
  /** People of the set on the attendee list; the first is the one to talk with. */
  attendees: string[]
  goal: string
}

export interface SamplePerson extends Omit<ParsedInput<'people.create'>, 'milestones' | 'metOn'> {
  /** How the set refers to this person from its meetings. */
  key: string
  metDaysAgo?: number
  milestones?: { kind: MilestoneKind; daysAgo: number; note: string }[]
  timeline?: { daysAgo: number; kind: ParsedInput<'interactions.add'>['kind']; summary: string; body?: string }[]
}

export interface SampleMeeting {
  person: string
  purpose: string
  format: Meeting['format']
  place: string
  questions: Meeting['questions']
}
