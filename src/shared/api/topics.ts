import { z } from 'zod'
import { topicKinds } from '../domain/meetings'
import { id, instant, mediumText, shortText } from './limits'
import { readsOnly } from './procedure'

export const topic = z.object({
  id,
  kind: z.enum(topicKinds),
  title: z.string(),
  body: z.string(),
  createdAt: instant,
  updatedAt: instant
})
export type Topic = z.infer<typeof topic>
const topicFields = { kind: z.enum(topicKinds), title: shortText.min(1, 'Give the topic a title'), body: mediumText.default('') }

// Suggested questions for a meeting draw on the topic library.
const topicChanges = ['topics', 'meetings'] as const

export const topicsProcedures = {
  'topics.list': { input: z.object({}), output: z.array(topic), changes: readsOnly },
  'topics.create': { input: z.object(topicFields), output: topic, changes: topicChanges },
  'topics.update': { input: z.object({ id, ...topicFields }), output: topic, changes: topicChanges },
  'topics.delete': { input: z.object({ id }), output: z.object({ id }), changes: topicChanges }
} as const
