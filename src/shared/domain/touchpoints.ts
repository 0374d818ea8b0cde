import { addDays } from './dates'
import { stages, type InteractionKind, type Language, type Stage } from './people'

/**
 * Touchpoints: the small online (and passing) contacts that lead to a real conversation. Each is
 * logged with two keys from a person's page: L, then the kind's key.
 */
export const touchpointKinds = ['online_followed', 'online_commented', 'online_replied', 'message', 'online_engaged', 'they_shared', 'met_in_passing'] as const
export type TouchpointKind = (typeof touchpointKinds)[number] & InteractionKind

/** The second key for each kind: the first letter of its English name, so it reads the same in both languages. */
export const touchpointKeys: Record<TouchpointKind, string> = {
  online_followed: 'f',
  online_commented: 'c',
  online_replied: 'r',
  message: 'm',
  online_engaged: 'e',
  they_shared: 's',
  met_in_passing: 'p'
}

export function touchpointForKey(key: string): TouchpointKind | null {
  const lower = key.toLowerCase()
  return touchpointKinds.find((kind) => touchpointKeys[kind] === lower) ?? null
}

/** Kinds that are a real exchange online (a follow is one-way; meeting in passing is not online). */
export const onlineExchangeKinds: readonly InteractionKind[] = ['online_commented', 'online_replied', 'message', 'online_engaged', 'they_shared']

const ahead = (current: Stage, to: Stage): Stage => (stages.indexOf(current) < stages.indexOf(to) ? to : current)

/**
 * How a stage moves by itself, always forward, never back: a first online touchpoint makes someone
 * "engaged online"; planning a one-on-one, "meeting proposed". Ending a meeting is stageAfterMeeting.
 */
export function stageAfterTouchpoint(current: Stage, kind: InteractionKind): Stage {
  return kind.startsWith('online_') || kind === 'message' || kind === 'they_shared' ? ahead(current, 'engaged_online') : current
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

/**
 * An invitation after a few online exchanges: it names the last one, says why a real conversation
 * would be welcome, and makes "no" easy. Unsigned; the caller signs it.
 */
export function proposalDraft(name: string, language: Language, lastExchange: string): string {
  const topic = lastExchange.replace(/\s+/gu, ' ').trim()
  if (language === 'ja') {
    const recall = topic ? `「${topic}」でのやりとりをはじめ、最近いろいろとありがとうございます。` : 'オンラインでのやりとり、いつもありがとうございます。'
    return `${name}\n\n${recall}\nもしよろしければ、一度30分ほど、お茶かオンラインでゆっくりお話しできませんか。${name.replace(/さん$/u, '')}さんのお話をもう少し伺えたらうれしいです。\nご都合が合わなければ、どうぞお気になさらず。`
  }
  const recall = topic ? `I’ve enjoyed our exchanges lately — most recently about ${topic}.` : 'I’ve enjoyed our exchanges online lately.'
  return `Hi ${name},\n\n${recall} Would you be up for a 30-minute coffee or call sometime? I’d love to hear more about your work.\nNo pressure at all if now is busy.`
}
