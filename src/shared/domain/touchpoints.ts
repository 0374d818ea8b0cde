import { addDays } from './dates'
import { stages, type InteractionKind, type Stage } from './people'

/**
 * Touchpoints: the small online (and passing) contacts that lead to a real conversation. Each is
 * logged with two keys from a person's page: L, then the kind's key.
 */
export const touchpointKinds = ['online_followed', 'online_commented', 'online_replied', 'message', 'online_engaged', 'met_in_passing'] as const
export type TouchpointKind = (typeof touchpointKinds)[number] & InteractionKind

/** The second key for each kind: the first letter of its English name, so it reads the same in both languages. */
export const touchpointKeys: Record<TouchpointKind, string> = {
  online_followed: 'f',
  online_commented: 'c',
  online_replied: 'r',
  message: 'm',
  online_engaged: 'e',
  met_in_passing: 'p'
}

export function touchpointForKey(key: string): TouchpointKind | null {
  const lower = key.toLowerCase()
  return touchpointKinds.find((kind) => touchpointKeys[kind] === lower) ?? null
}

/** Kinds that are a real exchange online (a follow is one-way; meeting in passing is not online). */
export const onlineExchangeKinds: readonly InteractionKind[] = ['online_commented', 'online_replied', 'message', 'online_engaged']

const ahead = (current: Stage, to: Stage): Stage => (stages.indexOf(current) < stages.indexOf(to) ? to : current)

/**
 * How a stage moves by itself, always forward, never back: a first online touchpoint makes someone
 * "engaged online"; planning a one-on-one, "meeting proposed". Ending a meeting is stageAfterMeeting.
 */
export function stageAfterTouchpoint(current: Stage, kind: InteractionKind): Stage {
  return kind.startsWith('online_') || kind === 'message' ? ahead(current, 'engaged_online') : current
}

export const stageAfterPlanning = (current: Stage): Stage => ahead(current, 'meeting_proposed')

/** How many online exchanges, within how many days, make proposing a one-on-one timely. */
export const proposalRule = { exchanges: 3, withinDays: 90 } as const

/**
 * Whether to suggest proposing a one-on-one: at least three online exchanges in the last 90 days
 * (by local date), and no one-on-one yet (planned, held or cancelled: one was already considered).
 */
export function proposalDue(exchangeDates: readonly string[], hasMeeting: boolean, today: string): boolean {
  if (hasMeeting) return false
  const since = addDays(today, -proposalRule.withinDays)
  return exchangeDates.filter((date) => date > since && date <= today).length >= proposalRule.exchanges
}
