/** Vocabulary and rules of the Events area, shared by the contract, the services and the UI. */
import { addDays, localDateOf } from './dates'
import type { PrepState } from './meetings'
import { searchWords, toHiragana } from './name-search'
import { stages, type Stage } from './people'

export const eventKinds = ['conference', 'meetup', 'study_group', 'online'] as const
export type EventKind = (typeof eventKinds)[number]

/** A few people worth a real conversation, not a list to work through. */
export const maxTargets = 3

export const goalOutcomes = ['met', 'partly', 'not'] as const
export type GoalOutcome = (typeof goalOutcomes)[number]

/** The wizard's steps; the event remembers the furthest one saved, as an index into this list. */
export const wizardSteps = ['basics', 'people', 'topics', 'goals', 'energy'] as const
export type WizardStep = (typeof wizardSteps)[number]

// The same three states as a meeting's, so Today shows both with one vocabulary.
export type { PrepState } from './meetings'

export interface EnergyPlan {
  arriveAt: string
  leaveBy: string
  breakPlan: string
  recovery: string
  quietPlace: string
}

const filled = (text: string) => text.trim() !== ''

/**
 * not_started: nothing beyond the basics (no attendees, no goals, no topics, no energy plan, step 0);
 * ready: at least one goal, at least one target, and the energy plan has an arrival or leave time,
 * and the wizard reached the last step; else in_progress.
 */
export function prepState(event: {
  wizardStep: number
  attendeeCount: number
  targetCount: number
  goalCount: number
  topicCount: number
  energy: EnergyPlan
}): PrepState {
  const { energy } = event
  // Knowing when to leave matters as much as when to arrive: either one makes a plan.
  const timed = filled(energy.arriveAt) || filled(energy.leaveBy)
  const lastStep = wizardSteps.length - 1
  if (event.goalCount > 0 && event.targetCount > 0 && timed && event.wizardStep >= lastStep) return 'ready'
  const energyTouched = Object.values(energy).some(filled)
  const anything =
    event.wizardStep > 0 || event.attendeeCount > 0 || event.targetCount > 0 || event.goalCount > 0 || event.topicCount > 0 || energyTouched
  return anything ? 'in_progress' : 'not_started'
}

/**
 * Whether Today should offer the reflection: on the local day the event ends and the next day,
 * when not yet reflected.
 */
export function reflectionDue(event: { endsAt: string; reflectedAt: string | null }, now: Date, timeZone: string): boolean {
  if (event.reflectedAt !== null) return false
  const ends = new Date(event.endsAt)
  if (Number.isNaN(ends.getTime())) return false
  // By the day, not the hour: someone who leaves early (as the energy plan suggests) can reflect
  // on the way home, and an evening meetup is still fresh the next day.
  const endDay = localDateOf(ends, timeZone)
  const today = localDateOf(now, timeZone)
  return today === endDay || today === addDays(endDay, 1)
}

/** Meeting someone at an event makes them "met"; someone further along stays where they are. */
export function stageAfterEvent(current: Stage): Stage {
  return stages.indexOf(current) < stages.indexOf('met') ? 'met' : current
}

/** Text folded for matching: NFKC (widths), lower case, katakana as hiragana. */
const folded = (text: string) => toHiragana(text.normalize('NFKC').toLowerCase())

/**
 * Whether an event matches what the user typed in the events list: every word, in any order, in
 * its name, place or (when given) notes, whatever the width, case or kana ("ＳＲＥ", "sre"; "べんきょう", "ベンキョウ").
 */
export function eventMatches(event: { name: string; place: string; notes?: string }, query: string): boolean {
  const haystack = folded(`${event.name}\n${event.place}\n${event.notes ?? ''}`)
  return searchWords(query).every((word) => haystack.includes(folded(word.text)))
}
