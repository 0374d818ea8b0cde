import { z } from 'zod'
import { workKinds } from '../domain/online'
import { httpsLink, id, instant, localDate, markdown, mediumText, shortText } from './limits'
import { personRef } from './people'
import { readsOnly } from './procedure'

export const community = z.object({
  id,
  name: z.string(),
  platform: z.string(),
  link: z.string(),
  myRole: z.string(),
  notes: z.string(),
  createdAt: instant,
  updatedAt: instant
})
export type Community = z.infer<typeof community>

export const work = z.object({
  id,
  kind: z.enum(workKinds),
  title: z.string(),
  link: z.string(),
  publishedOn: z.string().nullable(),
  notes: z.string(),
  createdAt: instant,
  updatedAt: instant
})
export type Work = z.infer<typeof work>

const communityFields = {
  name: shortText.min(1, 'Give the community a name'),
  platform: shortText.default(''),
  link: httpsLink.default(''),
  myRole: shortText.default(''),
  notes: markdown.default('')
}

const workFields = {
  kind: z.enum(workKinds).default('article'),
  title: shortText.min(1, 'Give it a title'),
  link: httpsLink.default(''),
  publishedOn: localDate.nullable().default(null),
  notes: markdown.default('')
}

export const activity = z.object({ id, occurredAt: instant, note: z.string(), url: z.string(), person: personRef.nullable() })

export const communityView = community.extend({ members: z.array(personRef), activity: z.array(activity) })
export type CommunityView = z.infer<typeof communityView>

export const workView = work.extend({ engagements: z.array(z.object({ person: personRef, note: z.string(), createdAt: instant })) })
export type WorkView = z.infer<typeof workView>

export const onlineOverview = z.object({
  communities: z.array(community.extend({ memberCount: z.number().int(), lastActivityAt: z.string().nullable() })),
  works: z.array(work.extend({ engagedCount: z.number().int() }))
})
export type OnlineOverview = z.infer<typeof onlineOverview>

// Activity and engagement with a person land on their timeline and may move their stage.
const withPeople = ['online', 'people'] as const

export const onlineProcedures = {
  'online.overview': { input: z.object({}), output: onlineOverview, changes: readsOnly },
  'communities.get': { input: z.object({ id }), output: communityView, changes: readsOnly },
  'communities.create': { input: z.object(communityFields), output: community, changes: ['online'] },
  'communities.update': { input: z.object({ id, patch: z.object(communityFields).partial() }), output: community, changes: ['online'] },
  'communities.delete': { input: z.object({ id }), output: z.object({ id }), changes: ['online'] },
  'communities.addMember': { input: z.object({ id, personId: id }), output: communityView, changes: ['online'] },
  'communities.removeMember': { input: z.object({ id, personId: id }), output: communityView, changes: ['online'] },
  /** Something the user did there; with a person, also a "replied in a community" touchpoint on their timeline. */
  'communities.logActivity': {
    input: z.object({ id, note: mediumText.min(1, 'Write a few words about it'), url: httpsLink.default(''), personId: id.optional() }),
    output: communityView,
    changes: withPeople
  },
  'works.get': { input: z.object({ id }), output: workView, changes: readsOnly },
  'works.create': { input: z.object(workFields), output: work, changes: ['online'] },
  'works.update': { input: z.object({ id, patch: z.object(workFields).partial() }), output: work, changes: ['online'] },
  'works.delete': { input: z.object({ id }), output: z.object({ id }), changes: ['online'] },
  /** Someone engaged with this work: on their timeline ("they engaged with my work"), once per person. */
  'works.addEngagement': { input: z.object({ id, personId: id, note: shortText.default('') }), output: workView, changes: withPeople },
  'works.removeEngagement': { input: z.object({ id, personId: id }), output: workView, changes: withPeople }
} as const
