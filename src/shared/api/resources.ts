import { z } from 'zod'
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

export const resource = z.object({
  id,
  title: z.string(),
  url: z.string(),
  why: z.string(),
  tags: z.array(z.string()),
  /** How many people it was sent to. */
  sharedWith: z.number().int(),
  createdAt: instant,
  updatedAt: instant
})
export type Resource = z.infer<typeof resource>

export const resourceInput = z.object({ title: shortText.min(1, 'Give it a title'), url: httpsUrl, why: mediumText.default(''), tags: textList.default([]) })

export const resourceFitView = z.object({ person: personRef, fit: z.array(z.string()) })
export type ResourceFitView = z.infer<typeof resourceFitView>

export const sharedResource = z.object({ resourceId: id, title: z.string(), url: z.string(), sentAt: z.string() })
export type SharedResource = z.infer<typeof sharedResource>

// Sharing makes a follow-up; the library shows who got what once it is marked sent.
const shareChanges = ['followups', 'resources'] as const

export const resourcesProcedures = {
  'resources.list': { input: z.object({}), output: z.array(resource), changes: readsOnly },
  'resources.create': { input: resourceInput, output: resource, changes: ['resources'] },
  /** People it fits (their own words that match), minus those it was already shared with. */
  'resources.matches': { input: z.object({ id }), output: z.array(resourceFitView), changes: readsOnly },
  /** A share follow-up due today with a draft saying why it fits them; the same one if asked again. */
  'resources.share': { input: z.object({ id, personId: id }), output: followupView, changes: shareChanges },
  /** What was shared with a person and sent. */
  'resources.sharedWith': { input: z.object({ personId: id }), output: z.array(sharedResource), changes: readsOnly }
} as const
