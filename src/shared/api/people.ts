import { z } from 'zod'
import {
  cadenceRange,
  channels,
  interactionKinds,
  languages,
  linkKinds,
  milestoneKinds,
  nameOrders,
  stages
} from '../domain/people'
import { parseMilestoneDate } from '../domain/milestones'
import { id, instant, limits, localDate, markdown, mediumText, shortText, textList, webUrl } from './limits'
import { readsOnly } from './procedure'

const links = z.partialRecord(z.enum(linkKinds), webUrl.or(z.literal('')))

/** A milestone's date: YYYY-MM-DD, or --MM-DD for a birthday whose year is not known. */
export const milestoneDate = z.string().refine((value) => parseMilestoneDate(value) !== null, 'Expected a date as YYYY-MM-DD, or --MM-DD without the year')

export const milestone = z.object({
  kind: z.enum(milestoneKinds),
  date: milestoneDate,
  note: shortText.default('')
})

const personFields = z.object({
  familyName: shortText,
  givenName: shortText,
  familyNameKana: shortText,
  givenNameKana: shortText,
  nameOrder: z.enum(nameOrders),
  headline: shortText,
  company: shortText,
  department: shortText,
  email: z.email().max(limits.shortText).or(z.literal('')),
  links,
  expertise: textList,
  interests: textList,
  challenges: textList,
  metHow: mediumText,
  metWhere: shortText,
  metOn: localDate.nullable(),
  stage: z.enum(stages),
  cadenceDays: z.number().int().min(cadenceRange.min).max(cadenceRange.max).nullable(),
  mourningYear: z.number().int().min(1900).max(2200).nullable(),
  greetings: z.boolean().nullable(),
  postalAddress: mediumText,
  preferredChannel: z.enum(channels).nullable(),
  preferredLanguage: z.enum(languages).nullable(),
  notes: markdown,
  tags: textList,
  milestones: z.array(milestone).max(limits.listItems)
}).partial()

const nameRequired = { message: 'A person needs a family or a given name', path: ['givenName'] }
const named = (value: { familyName?: string | undefined; givenName?: string | undefined }) =>
  `${value.familyName ?? ''}${value.givenName ?? ''}`.trim() !== ''

/** Fields left out take their defaults in the service. */
export const personInput = personFields.refine(named, nameRequired)
export type PersonInput = z.input<typeof personInput>

/** Only the fields given change; the service checks that a name remains after merging. */
export const personPatch = personFields

export const interaction = z.object({
  id,
  personId: id,
  kind: z.enum(interactionKinds),
  occurredAt: instant,
  summary: z.string(),
  body: z.string(),
  url: z.string(),
  createdAt: instant
})
export type Interaction = z.infer<typeof interaction>

export const person = z.object({
  id,
  familyName: z.string(),
  givenName: z.string(),
  familyNameKana: z.string(),
  givenNameKana: z.string(),
  nameOrder: z.enum(nameOrders),
  headline: z.string(),
  company: z.string(),
  department: z.string(),
  email: z.string(),
  links: z.partialRecord(z.enum(linkKinds), z.string()),
  expertise: z.array(z.string()),
  interests: z.array(z.string()),
  challenges: z.array(z.string()),
  metHow: z.string(),
  metWhere: z.string(),
  metOn: z.string().nullable(),
  stage: z.enum(stages),
  cadenceDays: z.number().nullable(),
  mourningYear: z.number().nullable(),
  greetings: z.boolean().nullable(),
  postalAddress: z.string(),
  preferredChannel: z.enum(channels).nullable(),
  preferredLanguage: z.enum(languages).nullable(),
  notes: z.string(),
  tags: z.array(z.string()),
  milestones: z.array(milestone),
  lastContactAt: z.string().nullable(),
  nextContactOn: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  deletedAt: z.string().nullable()
})
export type Person = z.infer<typeof person>

export const personSummary = person.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  nameOrder: true,
  headline: true,
  company: true,
  stage: true,
  tags: true,
  lastContactAt: true,
  deletedAt: true
})
export type PersonSummary = z.infer<typeof personSummary>

/** Where a page of the list starts: after this person in the list's order (keyset paging). */
export const listCursor = z.object({ sortKey: z.string().max(limits.shortText * 4), id: z.string().max(64) })
export type ListCursor = z.infer<typeof listCursor>

export const peopleListInput = z.object({
  query: shortText.default(''),
  tag: shortText.nullable().default(null),
  stage: z.enum(stages).nullable().default(null),
  /** The next page starts after this person; deep pages cost what the first does (offsets do not). */
  after: listCursor.nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
})

export const interactionInput = z.object({
  personId: id,
  kind: z.enum(interactionKinds).default('note'),
  occurredAt: instant.optional(),
  summary: shortText.min(1, 'Write a few words about it'),
  body: markdown.default(''),
  url: webUrl.or(z.literal('')).default('')
})

/** Who a follow-up or meeting is with, and where to reach them: enough to show and act on it. */
export const personRef = person.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  nameOrder: true,
  email: true,
  links: true,
  stage: true
})
export type PersonRef = z.infer<typeof personRef>

// Trashing or restoring a person hides or shows their meetings and follow-ups too.
const withTheirItems = ['people', 'meetings', 'followups'] as const

export const peopleProcedures = {
  'people.list': {
    input: peopleListInput,
    output: z.object({ items: z.array(personSummary), total: z.number().int(), next: listCursor.nullable() }),
    changes: readsOnly
  },
  /** The path by stage: each stage's count and its people, most recently in touch first. */
  'people.pipeline': {
    input: z.object({ perStage: z.number().int().min(1).max(200).default(50) }),
    output: z.object({ columns: z.array(z.object({ stage: z.enum(stages), total: z.number().int(), items: z.array(personSummary) })) }),
    changes: readsOnly
  },
  'people.get': {
    input: z.object({ id }),
    output: person.extend({ timeline: z.array(interaction) }),
    changes: readsOnly
  },
  'people.create': { input: personInput, output: person, changes: ['people'] },
  'people.quickAdd': {
    input: z.object({ name: shortText.min(1, 'Type a name') }),
    output: person,
    changes: ['people']
  },
  // A name shown on follow-ups and meetings may change with it.
  'people.update': { input: z.object({ id, patch: personPatch }), output: person, changes: withTheirItems },
  'people.delete': { input: z.object({ id }), output: z.object({ id }), changes: withTheirItems },
  'people.restore': { input: z.object({ id }), output: person, changes: withTheirItems },
  'people.purge': { input: z.object({ id }), output: z.object({ id }), changes: withTheirItems },
  'trash.list': { input: z.object({}), output: z.array(personSummary), changes: readsOnly },
  /** Removes for good every person and resource in the trash; `removed` counts both. */
  'trash.empty': { input: z.object({}), output: z.object({ removed: z.number().int() }), changes: [...withTheirItems, 'resources'] },
  'tags.list': {
    input: z.object({}),
    output: z.array(z.object({ name: z.string(), count: z.number().int() })),
    changes: readsOnly
  },
  'interactions.add': { input: interactionInput, output: interaction, changes: ['people'] }
} as const
