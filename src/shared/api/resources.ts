import { z } from 'zod'
import { topicKinds } from '../domain/meetings'
import { followupView } from './followups'
import { id, instant, limits, mediumText, shortText, textList } from './limits'
import { personRef } from './people'
import { readsOnly } from './procedure'

/** Only https links are kept in the library: they are opened and sent on to others. */
const httpsUrl = z
  .string()
  .trim()
  .max(limits.mediumText)
  .url()
  .refine((value) => /^https:\/\//i.test(value), 'Only https: links are kept')

/** A topic of the user's library a resource is about (trashed topics are left out). */
export const resourceTopic = z.object({ id, title: z.string(), kind: z.enum(topicKinds) })

export const resource = z.object({
  id,
  title: z.string(),
  url: z.string(),
  why: z.string(),
  tags: z.array(z.string()),
  topics: z.array(resourceTopic),
  /** How many people it was sent to. */
  sharedWith: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  /** Set while it is in the trash. */
  deletedAt: instant.nullable()
})
export type Resource = z.infer<typeof resource>

const resourceFields = {
  title: shortText.min(1, 'Give it a title'),
  url: httpsUrl,
  why: mediumText.default(''),
  tags: textList.default([]),
  topicIds: z.array(id).max(limits.listItems).default([])
}
export const resourceInput = z.object(resourceFields)

export const resourceFitView = z.object({ person: personRef, fit: z.array(z.string()) })
export type ResourceFitView = z.infer<typeof resourceFitView>

export const sharedResource = z.object({ resourceId: id, title: z.string(), url: z.string(), sentAt: z.string() })
export type SharedResource = z.infer<typeof sharedResource>

// Sharing makes a follow-up; the library shows who got what once it is marked sent.
const shareChanges = ['followups', 'resources'] as const

export const resourcesProcedures = {
  /** The library, newest first; with `trashed`, the resources in the trash instead. */
  'resources.list': { input: z.object({ trashed: z.boolean().default(false) }), output: z.array(resource), changes: readsOnly },
  'resources.create': { input: resourceInput, output: resource, changes: ['resources'] },
  /** Replaces every field and the topics; a resource in the trash is a CONFLICT (restore it first). */
  'resources.update': { input: z.object({ id, ...resourceFields }), output: resource, changes: ['resources'] },
  /** To the trash: out of the library and of the matches; its share follow-ups and what was sent stay. */
  'resources.delete': { input: z.object({ id }), output: z.object({ id }), changes: ['resources'] },
  'resources.restore': { input: z.object({ id }), output: resource, changes: ['resources'] },
  /** People it fits (their own words that match its title, tags or topics), minus those it was already shared with. */
  'resources.matches': { input: z.object({ id }), output: z.array(resourceFitView), changes: readsOnly },
  /** A share follow-up due today with a draft saying why it fits them; the same one if asked again. */
  'resources.share': { input: z.object({ id, personId: id }), output: followupView, changes: shareChanges },
  /** What was shared with a person and sent; `url` is '' once the resource was removed for good. */
  'resources.sharedWith': { input: z.object({ personId: id }), output: z.array(sharedResource), changes: readsOnly }
} as const
