import { addDays } from './dates'
import type { FollowupStatus } from './meetings'

/** Where a pending follow-up stands against the user's today: past due is "waiting", never "late". */
export const dueWhens = ['waiting', 'today', 'week', 'later'] as const
export type DueWhen = (typeof dueWhens)[number]

/** Sorts a due date into the inbox's groups, relative to the user's local today. */
export function whenDue(dueOn: string, today: string): DueWhen {
  if (dueOn < today) return 'waiting'
  if (dueOn === today) return 'today'
  return dueOn <= addDays(today, 7) ? 'week' : 'later'
}

/** The words for a follow-up's due line, as an i18n key under `followups.` and the date it names. */
export type DueWording =
  | { key: 'waitingSince' | 'due'; date: string }
  | { key: 'dueToday' }
  | { key: 'done'; status: Exclude<FollowupStatus, 'pending'>; at: string | null }

export function dueWording(followup: { status: FollowupStatus; when: DueWhen; dueOn: string; doneAt: string | null }): DueWording {
  if (followup.status !== 'pending') return { key: 'done', status: followup.status, at: followup.doneAt }
  if (followup.when === 'waiting') return { key: 'waitingSince', date: followup.dueOn }
  if (followup.when === 'today') return { key: 'dueToday' }
  return { key: 'due', date: followup.dueOn }
}
