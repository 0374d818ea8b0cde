import { and, desc, eq, isNull, like } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import type { Resource } from '../../../shared/api/resources'
import { AppFailure } from '../../../shared/api/result'
import { resourceFit } from '../../../shared/domain/resources'
import { followups, people, resources } from '../../db/schema'
import type { ServiceContext } from '../context'
import { personRefs } from '../people/refs'
import { activePerson } from '../people/row'

/** One share per resource and person: asking twice finds the same follow-up. */
export const shareKey = (resourceId: string, personId = '') => `resource:${resourceId}:${personId}`

const personOfKey = (key: string | null) => key?.split(':')[2] ?? ''

/** Who a resource went to (sent) or is on its way to (pending). */
function sharesOf(ctx: ServiceContext, resourceId: string) {
  return ctx.db
    .select({ sourceKey: followups.sourceKey, status: followups.status })
    .from(followups)
    .where(and(eq(followups.kind, 'share_resource'), like(followups.sourceKey, `${shareKey(resourceId)}%`)))
    .all()
}

export function resourceRow(ctx: ServiceContext, id: string) {
  const row = ctx.db.select().from(resources).where(eq(resources.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No resource with that id')
  return row
}

export function toResource(ctx: ServiceContext, row: typeof resources.$inferSelect): Resource {
  return { ...row, sharedWith: sharesOf(ctx, row.id).filter((share) => share.status === 'sent').length }
}

export const listResources = (ctx: ServiceContext): Resource[] =>
  ctx.db
    .select()
    .from(resources)
    .orderBy(desc(resources.createdAt))
    .all()
    .map((row) => toResource(ctx, row))

/** People outside the trash whose own words the resource matches, not yet sent or offered it. */
export function resourceMatches(ctx: ServiceContext, { id }: ParsedInput<'resources.matches'>): Output<'resources.matches'> {
  const resource = resourceRow(ctx, id)
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

/** What was shared with a person and marked sent, newest first. */
export function sharedWith(ctx: ServiceContext, { personId }: ParsedInput<'resources.sharedWith'>): Output<'resources.sharedWith'> {
  activePerson(ctx, personId)
  const sent = ctx.db
    .select({ sourceKey: followups.sourceKey, doneAt: followups.doneAt })
    .from(followups)
    .where(and(eq(followups.personId, personId), eq(followups.kind, 'share_resource'), eq(followups.status, 'sent'), like(followups.sourceKey, 'resource:%')))
    .orderBy(desc(followups.doneAt))
    .all()
  return sent.flatMap((share) => {
    const resourceId = share.sourceKey?.split(':')[1] ?? ''
    const row = ctx.db.select({ title: resources.title, url: resources.url }).from(resources).where(eq(resources.id, resourceId)).get()
    return row && share.doneAt ? [{ resourceId, title: row.title, url: row.url, sentAt: share.doneAt }] : []
  })
}
