/** Vocabulary of the People area, shared by the contract, the services and the UI. */
export const stages = ['discovered', 'engaged_online', 'meeting_proposed', 'met', 'ongoing'] as const
export type Stage = (typeof stages)[number]

export const nameOrders = ['auto', 'family_first', 'given_first'] as const
export type NameOrder = (typeof nameOrders)[number]

export const linkKinds = ['linkedin', 'github', 'blog', 'x', 'mastodon', 'site'] as const
export type LinkKind = (typeof linkKinds)[number]

export const milestoneKinds = [
  'birthday',
  'work_anniversary',
  'job_change',
  'promotion',
  'publication',
  'other'
] as const
export type MilestoneKind = (typeof milestoneKinds)[number]

export const channels = ['email', 'linkedin', 'x', 'mastodon', 'chat', 'phone', 'in_person'] as const
export type Channel = (typeof channels)[number]

export const languages = ['ja', 'en'] as const
export type Language = (typeof languages)[number]

/** Kinds of timeline entries; later areas (meetings, events, follow-ups) log with their own kinds. */
export const interactionKinds = [
  'note',
  'met_in_person',
  'call',
  'message',
  'meeting',
  'event',
  'thank_you_sent',
  'followup_sent',
  'online_followed',
  'online_commented',
  'online_replied',
  'online_engaged',
  'met_in_passing',
  'they_shared'
] as const
export type InteractionKind = (typeof interactionKinds)[number]

/** Named keep-in-touch cadences, in days; any other number of days in range is allowed too. */
export const cadencePresetDays = {
  every_2_weeks: 14,
  monthly: 30,
  every_2_months: 60,
  quarterly: 90,
  twice_a_year: 180,
  yearly: 365
} as const
export type CadencePreset = keyof typeof cadencePresetDays
/** The presets' days, shortest first, as the form offers them. */
export const cadencePresets = Object.values(cadencePresetDays)
export const cadenceRange = { min: 7, max: 730 } as const

/** A cadence as the user picks it: none (no clock), a preset, or a number of days. */
export type Cadence = { kind: 'none' } | { kind: 'preset'; preset: CadencePreset } | { kind: 'days'; days: number }

/** The days a cadence stands for, as `cadenceDays` stores it (null for none). */
export function cadenceDaysOf(cadence: Cadence): number | null {
  if (cadence.kind === 'none') return null
  return cadence.kind === 'preset' ? cadencePresetDays[cadence.preset] : cadence.days
}

/** The cadence a stored `cadenceDays` reads as: a preset when one has exactly those days. */
export function cadenceOf(days: number | null): Cadence {
  if (days === null || days <= 0) return { kind: 'none' }
  const preset = (Object.keys(cadencePresetDays) as CadencePreset[]).find((name) => cadencePresetDays[name] === days)
  return preset ? { kind: 'preset', preset } : { kind: 'days', days }
}
