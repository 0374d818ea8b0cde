import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import type { Resource } from '../../../shared/api/resources'
import { AppFailure } from '../../../shared/api/result'
import { languageFor, signDraft } from '../../../shared/domain/drafts'
import { resourceFit, shareDraft } from '../../../shared/domain/resources'
import { followups, resources, resourceTopics, topics } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { getFollowup, todayOf } from '../followups/queries'
import { activePerson } from '../people/row'
import { signerOf } from '../settings/queries'
import { activeResource, resourceRow, shareKey, toResource, topicsOf } from './queries'

type Fields = ParsedInput<'resources.create'>

const cleanTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]

/** The topics to link, each once; one that is unknown or in the trash is NOT_FOUND, before anything is written. */
function checkedTopics(ctx: ServiceContext, topicIds: string[]): string[] {
  const unique = [...new Set(topicIds)]
  if (unique.length === 0) return unique
  const found = ctx.db
    .select({ id: topics.id })
    .from(topics)
    .where(and(inArray(topics.id, unique), isNull(topics.deletedAt)))
    .all()
  if (found.length !== unique.length) throw new AppFailure('NOT_FOUND', 'No topic with that id in the library')
  return unique
}

function linkTopics(ctx: ServiceContext, resourceId: string, topicIds: string[]): void {
  ctx.db.delete(resourceTopics).where(eq(resourceTopics.resourceId, resourceId)).run()
  for (const topicId of topicIds) ctx.db.insert(resourceTopics).values({ resourceId, topicId }).run()
}

const fieldsOf = (input: Fields) => ({ title: input.title, url: input.url, why: input.why, tags: cleanTags(input.tags) })

export function createResource(ctx: ServiceContext, input: Fields): Resource {
  const topicIds = checkedTopics(ctx, input.topicIds)
  const id = newId()
  const stamp = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(resources)
      .values({ id, ...fieldsOf(input), createdAt: stamp, updatedAt: stamp })
      .run()
    linkTopics(ctx, id, topicIds)
  })()
  return toResource(ctx, resourceRow(ctx, id))
}

export function updateResource(ctx: ServiceContext, { id, ...input }: ParsedInput<'resources.update'>): Resource {
  activeResource(ctx, id)
  const topicIds = checkedTopics(ctx, input.topicIds)
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(resources)
      .set({ ...fieldsOf(input), updatedAt: nowIso(ctx.clock) })
      .where(eq(resources.id, id))
      .run()
    linkTopics(ctx, id, topicIds)
  })()
  return toResource(ctx, resourceRow(ctx, id))
}

/** To the trash; its share follow-ups are the user's drafts and stay as they are. Again is a no-op. */
export function trashResource(ctx: ServiceContext, id: string): { id: string } {
  const row = resourceRow(ctx, id)
  if (!row.deletedAt) ctx.db.update(resources).set({ deletedAt: nowIso(ctx.clock) }).where(eq(resources.id, id)).run()
  return { id }
}

export function restoreResource(ctx: ServiceContext, id: string): Resource {
  resourceRow(ctx, id)
  ctx.db.update(resources).set({ deletedAt: null, updatedAt: nowIso(ctx.clock) }).where(eq(resources.id, id)).run()
  return toResource(ctx, resourceRow(ctx, id))
}

/** Part of emptying the trash: trashed resources go for good (their topic links with them). */
export const purgeTrashedResources = (ctx: ServiceContext): number => ctx.db.delete(resources).where(isNotNull(resources.deletedAt)).run().changes

/**
 * Offers a resource to one person: a share follow-up due today, with a draft that names what they
 * said it fits. Asking again answers the same follow-up; once it was sent, it is not offered again.
 */
export function shareResource(ctx: ServiceContext, { id, personId }: ParsedInput<'resources.share'>): Output<'resources.share'> {
  const resource = activeResource(ctx, id)
  const person = activePerson(ctx, personId, 'NOT_FOUND')
  const key = shareKey(id, personId)
  const existing = ctx.db.select({ id: followups.id, status: followups.status }).from(followups).where(eq(followups.sourceKey, key)).get()
  if (existing?.status === 'sent') throw new AppFailure('CONFLICT', 'Already shared with this person')
  if (existing?.status === 'pending') return getFollowup(ctx, existing.id)
  const language = languageFor(person)
  const fit = resourceFit({ ...resource, topics: topicsOf(ctx, id).map((topic) => topic.title) }, person)
  const draft = signDraft(shareDraft(person, language, resource, fit[0] ?? ''), language, signerOf(ctx))
  const today = todayOf(ctx)
  const stamp = nowIso(ctx.clock)
  const followupId = newId()
  ctx.sqlite.transaction(() => {
    // A share set aside earlier may be offered again: the old one gives up its key.
    if (existing) ctx.db.update(followups).set({ sourceKey: null, updatedAt: stamp }).where(eq(followups.id, existing.id)).run()
    ctx.db
      .insert(followups)
      .values({ id: followupId, personId, kind: 'share_resource', title: resource.title, draft, language, dueOn: today, originalDueOn: today, status: 'pending', sourceKey: key, createdAt: stamp, updatedAt: stamp })
      .run()
  })()
  return getFollowup(ctx, followupId)
}
