import type { Stage } from './people'
import { stages } from './people'

export const meetingFormats = ['coffee', 'lunch', 'call', 'walk', 'other'] as const
export type MeetingFormat = (typeof meetingFormats)[number]

export const topicKinds = ['expertise', 'project', 'problem', 'question'] as const
export type TopicKind = (typeof topicKinds)[number]

export const followupKinds = [
  'thank_you',
  'promised_action',
  'share_resource',
  'reconnect',
  'seasonal_greeting',
  'congratulate',
  'propose_meeting'
] as const
export type FollowupKind = (typeof followupKinds)[number]

export const followupStatuses = ['pending', 'sent', 'dismissed'] as const
export type FollowupStatus = (typeof followupStatuses)[number]

export const meetingStatuses = ['planned', 'ended', 'cancelled'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

/** The listening sections of meeting notes, in the order they are shown. */
export const noteSections = [
  'caresAbout',
  'theirChallenges',
  'sharedInterests',
  'helpEachOther',
  'myPromises',
  'theirPromises',
  'freeNotes'
] as const
export type NoteSection = (typeof noteSections)[number]

/** The plan wizard's steps; the meeting remembers the furthest one saved. */
export const planSteps = ['purpose', 'when', 'questions', 'invitation'] as const

/** Meeting someone moves them to "met"; meeting them again means the tie is ongoing. */
export function stageAfterMeeting(current: Stage): Stage {
  const met = stages.indexOf('met')
  const index = stages.indexOf(current)
  if (index < met) return 'met'
  return 'ongoing'
}

export const prepStates = ['not_started', 'in_progress', 'ready'] as const
export type PrepState = (typeof prepStates)[number]

/** Ready means a purpose, a time, and at least one question to bring. */
export function prepState(meeting: { purpose: string; startsAt: string | null; questions: unknown[] }): PrepState {
  const parts = [meeting.purpose.trim() !== '', meeting.startsAt !== null, meeting.questions.length > 0]
  const done = parts.filter(Boolean).length
  return done === parts.length ? 'ready' : done === 0 ? 'not_started' : 'in_progress'
}

/** Lines of a notes section, without list markers: "- send the article" -> "send the article". */
export function noteLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*+](?=\s)|[・•]|\d+[.)](?=\s))\s*/u, '').trim())
    .filter((line) => line !== '')
}
