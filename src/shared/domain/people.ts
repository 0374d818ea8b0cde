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
  'online_engaged'
] as const
export type InteractionKind = (typeof interactionKinds)[number]

/** Cadence presets offered in the form, in days; any value in range is allowed. */
export const cadencePresets = [14, 30, 60, 90, 180, 365] as const
export const cadenceRange = { min: 7, max: 730 } as const
