import { and, asc, desc, eq, inArray, isNotNull, isNull, like } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import type { Resource } from '../../../shared/api/resources'
import { AppFailure } from '../../../shared/api/result'
import { resourceFit } from '../../../shared/domain/resources'
import { followups, people, resources, resourceTopics, topics } from '../../db/schema'
import type { ServiceContext } from '../context'
import { personRefs } from '../people/refs'
import { activePerson } from '../people/row'

/** One share per resource and person: asking twice finds the same follow-up. */
export const shareKey = (resourceId: string, personId = '') => `resource:${resourceId}:${personId}`

const personOfKey = (key: string | null) => key?.split(':')[2] ?? ''

type ResourceRow = typeof resources.$inferSelect

/** Who a resource went to (sent) or is on its way to (pending). */
function sharesOf(ctx: ServiceContext, resourceId: string) {
  return ctx.db
    .select({ sourceKey: followups.sourceKey, status: followups.status })
    .from(followups)
    .where(and(eq(followups.kind, 'share_resource'), like(followups.sourceKey, `${shareKey(resourceId)}%`)))
    .all()
}

export function resourceRow(ctx: ServiceContext, id: string): ResourceRow {
  const row = ctx.db.select().from(resources).where(eq(resources.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No resource with that id')
  return row
}

/** A resource outside the trash; changing or sharing a trashed one is a CONFLICT (restore it first). */
export function activeResource(ctx: ServiceContext, id: string): ResourceRow {
  const row = resourceRow(ctx, id)
  if (row.deletedAt) throw new AppFailure('CONFLICT', 'This resource is in the trash; restore it first')
  return row
}

/** The library topics a resource is about, by title; topics in the trash are left out. */
export function topicsOf(ctx: ServiceContext, resourceId: string): Resource['topics'] {
  return ctx.db
    .select({ id: topics.id, title: topics.title, kind: topics.kind })
    .from(resourceTopics)
    .innerJoin(topics, eq(topics.id, resourceTopics.topicId))
    .where(and(eq(resourceTopics.resourceId, resourceId), isNull(topics.deletedAt)))
    .orderBy(asc(topics.title))
    .all()
}

export function toResource(ctx: ServiceContext, row: ResourceRow): Resource {
  return { ...row, topics: topicsOf(ctx, row.id), sharedWith: sharesOf(ctx, row.id).filter((share) => share.status === 'sent').length }
}

export const listResources = (ctx: ServiceContext, { trashed }: ParsedInput<'resources.list'>): Resource[] =>
  ctx.db
    .select()
    .from(resources)
    .where(trashed ? isNotNull(resources.deletedAt) : isNull(resources.deletedAt))
    .orderBy(trashed ? desc(resources.deletedAt) : desc(resources.createdAt))
    .all()
    .map((row) => toResource(ctx, row))

/** People outside the trash whose own words the resource matches, not yet sent or offered it. */
export function resourceMatches(ctx: ServiceContext, { id }: ParsedInput<'resources.matches'>): Output<'resources.matches'> {
  const row = activeResource(ctx, id)
  const resource = { ...row, topics: topicsOf(ctx, id).map((topic) => topic.title) }
  const given = new Set(sharesOf(ctx, id).filter((share) => share.status !== 'dismissed').map((share) => personOfKey(share.sourceKey)))
  const fits = ctx.db
    .select({ id: people.id, interests: people.interests, expertise: people.expertise, challenges: people.challenges })
    .from(people)
    .where(isNull(people.deletedAt))
    .orderBy(people.sortKey)
    .all()
    .filter((person) => !given.has(person.id))
    .map((person) => ({ id: person.id, fit: resourceFit(resource, person) }))
    .filter((match) => match.fit.length > 0)
  const refs = personRefs(
    ctx,
    fits.map((match) => match.id)
  )
  return fits.flatMap((match) => {
    const person = refs.get(match.id)
    return person ? [{ person, fit: match.fit }] : []
  })
}

/**
 * What was shared with a person and marked sent, newest first. History stays: a resource in the
 * trash is still listed, and one removed for good keeps the title its follow-up was given.
 */
export function sharedWith(ctx: ServiceContext, { personId }: ParsedInput<'resources.sharedWith'>): Output<'resources.sharedWith'> {
  activePerson(ctx, personId)
  const sent = ctx.db
    .select({ sourceKey: followups.sourceKey, title: followups.title, doneAt: followups.doneAt })
    .from(followups)
    .where(and(eq(followups.personId, personId), eq(followups.kind, 'share_resource'), eq(followups.status, 'sent'), like(followups.sourceKey, 'resource:%')))
    .orderBy(desc(followups.doneAt))
    .all()
  const ids = sent.map((share) => share.sourceKey?.split(':')[1] ?? '')
  const rows = ids.length === 0 ? [] : ctx.db.select({ id: resources.id, title: resources.title, url: resources.url }).from(resources).where(inArray(resources.id, ids)).all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return sent.flatMap((share, index) => {
    const resourceId = ids[index] ?? ''
    const row = byId.get(resourceId)
    return share.doneAt ? [{ resourceId, title: row?.title ?? share.title, url: row?.url ?? '', sentAt: share.doneAt }] : []
  })
}
