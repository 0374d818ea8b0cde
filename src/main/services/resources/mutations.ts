import { eq } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import type { Resource } from '../../../shared/api/resources'
import { AppFailure } from '../../../shared/api/result'
import { languageFor, signDraft } from '../../../shared/domain/drafts'
import { resourceFit, shareDraft } from '../../../shared/domain/resources'
import { followups, resources } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { getFollowup, todayOf } from '../followups/queries'
import { activePerson } from '../people/row'
import { signerOf } from '../settings/queries'
import { resourceRow, shareKey, toResource } from './queries'

const cleanTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]

export function createResource(ctx: ServiceContext, input: ParsedInput<'resources.create'>): Resource {
  const id = newId()
  const stamp = nowIso(ctx.clock)
  ctx.db.insert(resources).values({ id, title: input.title, url: input.url, why: input.why, tags: cleanTags(input.tags), createdAt: stamp, updatedAt: stamp }).run()
  return toResource(ctx, resourceRow(ctx, id))
}

/**
 * Offers a resource to one person: a share follow-up due today, with a draft that names what they
 * said it fits. Asking again answers the same follow-up; once it was sent, it is not offered again.
 */
export function shareResource(ctx: ServiceContext, { id, personId }: ParsedInput<'resources.share'>): Output<'resources.share'> {
  const resource = resourceRow(ctx, id)
  const person = activePerson(ctx, personId, 'NOT_FOUND')
  const key = shareKey(id, personId)
  const existing = ctx.db.select({ id: followups.id, status: followups.status }).from(followups).where(eq(followups.sourceKey, key)).get()
  if (existing?.status === 'sent') throw new AppFailure('CONFLICT', 'Already shared with this person')
  if (existing?.status === 'pending') return getFollowup(ctx, existing.id)
  const language = languageFor(person)
  const draft = signDraft(shareDraft(person, language, resource, resourceFit(resource, person)[0] ?? ''), language, signerOf(ctx))
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
