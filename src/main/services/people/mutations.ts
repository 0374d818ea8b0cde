import { and, eq, isNotNull } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { Interaction, Person } from '../../../shared/api/people'
import { AppFailure } from '../../../shared/api/result'
import { nextContactOn } from '../../../shared/domain/dates'
import { stageAfterTouchpoint } from '../../../shared/domain/touchpoints'
import { parseQuickName, sortKey } from '../../../shared/domain/names'
import { interactions, milestones, nextSearchKey, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { purgeTrashedResources } from '../resources/mutations'
import { setPersonTags } from './tags'
import { activePerson, mustLoadPerson, type PersonRow } from './row'

type Fields = ParsedInput<'people.create'>

const emptyPerson = {
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  nameOrder: 'auto',
  headline: '',
  company: '',
  department: '',
  email: '',
  links: {},
  expertise: [],
  interests: [],
  challenges: [],
  metHow: '',
  metWhere: '',
  metOn: null,
  stage: 'discovered',
  cadenceDays: null,
  mourningYear: null,
  greetings: null,
  postalAddress: '',
  preferredChannel: null,
  preferredLanguage: null,
  notes: ''
} satisfies Omit<Person, 'id' | 'tags' | 'milestones' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastContactAt' | 'nextContactOn'>

/** Only non-empty links are stored. */
const cleanLinks = (links: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(links).filter(([, url]) => url !== undefined && url !== '')) as Record<
    string,
    string
  >

function columnsFrom(fields: Fields): Partial<PersonRow> {
  const { tags: _tags, milestones: _milestones, ...columns } = fields
  const result: Partial<PersonRow> = { ...columns } as Partial<PersonRow>
  if (fields.links) result.links = cleanLinks(fields.links)
  return result
}

function writeMilestones(ctx: ServiceContext, personId: string, list: NonNullable<Fields['milestones']>) {
  ctx.db.delete(milestones).where(eq(milestones.personId, personId)).run()
  list.forEach((milestone, position) =>
    ctx.db.insert(milestones).values({ id: newId(), personId, position, ...milestone }).run()
  )
}

export function createPerson(ctx: ServiceContext, fields: Fields): Person {
  const id = newId()
  const now = nowIso(ctx.clock)
  const row = { ...emptyPerson, ...columnsFrom(fields) }
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(people)
      .values({ ...row, id, sortKey: sortKey(row), searchKey: nextSearchKey, createdAt: now, updatedAt: now })
      .run()
    if (fields.tags) setPersonTags(ctx, id, fields.tags)
    if (fields.milestones) writeMilestones(ctx, id, fields.milestones)
  })()
  return mustLoadPerson(ctx, id)
}

export function quickAddPerson(ctx: ServiceContext, name: string): Person {
  return createPerson(ctx, parseQuickName(name))
}

export function updatePerson(ctx: ServiceContext, id: string, patch: ParsedInput<'people.update'>['patch']): Person {
  const current = activePerson(ctx, id)
  const columns = columnsFrom(patch)
  const merged = { ...current, ...columns }
  if (`${merged.familyName}${merged.givenName}`.trim() === '') {
    throw new AppFailure('INVALID_INPUT', 'A person needs a family or a given name', [
      { path: ['givenName'], message: 'A person needs a family or a given name' }
    ])
  }
  ctx.sqlite.transaction(() => {
    const result = ctx.db
      .update(people)
      .set({
        ...columns,
        sortKey: sortKey(merged),
        // A new cadence moves the next keep-in-touch date at once.
        nextContactOn: nextContactOn(
          merged.lastContactAt ? new Date(merged.lastContactAt) : null,
          merged.cadenceDays,
          ctx.clock.timeZone()
        ),
        updatedAt: nowIso(ctx.clock)
      })
      .where(eq(people.id, id))
      .run()
    if (result.changes !== 1) throw new AppFailure('NOT_FOUND', 'No person with that id')
    if (patch.tags) setPersonTags(ctx, id, patch.tags)
    if (patch.milestones) writeMilestones(ctx, id, patch.milestones)
  })()
  return mustLoadPerson(ctx, id)
}

/** Moves a person to the trash; their timeline stays with them until the trash is emptied. */
export function deletePerson(ctx: ServiceContext, id: string): { id: string } {
  const current = mustLoadPerson(ctx, id)
  if (!current.deletedAt) {
    ctx.db.update(people).set({ deletedAt: nowIso(ctx.clock) }).where(eq(people.id, id)).run()
  }
  return { id }
}

export function restorePerson(ctx: ServiceContext, id: string): Person {
  mustLoadPerson(ctx, id)
  ctx.db.update(people).set({ deletedAt: null, updatedAt: nowIso(ctx.clock) }).where(eq(people.id, id)).run()
  return mustLoadPerson(ctx, id)
}

/** Removes a person for good; only from the trash, so nothing is lost by one stray click. */
export function purgePerson(ctx: ServiceContext, id: string): { id: string } {
  const result = ctx.db
    .delete(people)
    .where(and(eq(people.id, id), isNotNull(people.deletedAt)))
    .run()
  if (result.changes !== 1) throw new AppFailure('NOT_FOUND', 'No person with that id in the trash')
  return { id }
}

/** Everything in the trash, for good: people (with their timeline, meetings and follow-ups) and resources. */
export function emptyTrash(ctx: ServiceContext): { removed: number } {
  return ctx.sqlite.transaction(() => {
    const removed = ctx.db.delete(people).where(isNotNull(people.deletedAt)).run().changes
    return { removed: removed + purgeTrashedResources(ctx) }
  })()
}

export function addInteraction(ctx: ServiceContext, input: ParsedInput<'interactions.add'>): Interaction {
  const person = activePerson(ctx, input.personId)
  const now = nowIso(ctx.clock)
  const row = {
    id: newId(),
    personId: input.personId,
    kind: input.kind,
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : now,
    summary: input.summary,
    body: input.body,
    url: input.url,
    createdAt: now
  }
  ctx.sqlite.transaction(() => {
    ctx.db.insert(interactions).values(row).run()
    const latest = person.lastContactAt && person.lastContactAt > row.occurredAt ? person.lastContactAt : row.occurredAt
    const next = nextContactOn(new Date(latest), person.cadenceDays, ctx.clock.timeZone())
    ctx.db
      .update(people)
      // A first online touchpoint moves someone on to "engaged online"; nothing moves a stage back.
      .set({ lastContactAt: latest, nextContactOn: next, stage: stageAfterTouchpoint(person.stage, row.kind), updatedAt: now })
      .where(eq(people.id, person.id))
      .run()
  })()
  return row
}
