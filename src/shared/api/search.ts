import { z } from 'zod'
import { noteSections } from '../domain/meetings'
import { id } from './limits'
import { readsOnly } from './procedure'

/** What a hit opens: a person, a note on their timeline, a one-on-one, a topic, an event, a resource, a community or a work. */
export const searchKinds = ['person', 'interaction', 'meeting', 'topic', 'event', 'resource', 'community', 'work'] as const
export type SearchKind = (typeof searchKinds)[number]

/** Where in a one-on-one the match is: its purpose, its questions or one listening section. */
export const meetingPlaces = ['purpose', 'questions', ...noteSections] as const

const snippetPart = z.object({ text: z.string(), match: z.boolean() })

export const searchHit = z.object({
  kind: z.enum(searchKinds),
  /** The item to open: the person, interaction, meeting, topic, event, resource, community or work. */
  id,
  title: z.string(),
  /** The matching text as stored, in parts, the matches marked: never HTML. */
  snippet: z.array(snippetPart),
  /** Higher is better; comparable within one answer only. */
  score: z.number(),
  /** The person the item belongs to (a note, a one-on-one, an event's attendee), or null. */
  personId: z.string().nullable(),
  /** For a one-on-one, the place of the match, to scroll to; else null. */
  section: z.enum(meetingPlaces).nullable()
})
export type SearchHit = z.infer<typeof searchHit>

export const searchProcedures = {
  'search.query': {
    input: z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.object({ hits: z.array(searchHit) }),
    changes: readsOnly
  }
} as const
