import { eq } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { Community, CommunityView, Work, WorkView } from '../../../shared/api/online'
import { communities, communityActivity, communityMembers, interactions, workEngagements, works } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { addInteraction } from '../people/mutations'
import { activePerson } from '../people/row'
import { communityRow, engagementWhere, getCommunity, getWork, memberWhere, workRow } from './queries'

export function createCommunity(ctx: ServiceContext, input: ParsedInput<'communities.create'>): Community {
  const id = newId()
  const now = nowIso(ctx.clock)
  ctx.db.insert(communities).values({ ...input, id, createdAt: now, updatedAt: now }).run()
  return communityRow(ctx, id)
}

export function updateCommunity(ctx: ServiceContext, id: string, patch: ParsedInput<'communities.update'>['patch']): Community {
  communityRow(ctx, id)
  ctx.db.update(communities).set({ ...patch, updatedAt: nowIso(ctx.clock) }).where(eq(communities.id, id)).run()
  return communityRow(ctx, id)
}

/** Deletes the community and its member list; what was logged on people's timelines stays there. */
export function deleteCommunity(ctx: ServiceContext, id: string): { id: string } {
  communityRow(ctx, id)
  ctx.db.delete(communities).where(eq(communities.id, id)).run()
  return { id }
}

export function addMember(ctx: ServiceContext, id: string, personId: string): CommunityView {
  communityRow(ctx, id)
  activePerson(ctx, personId, 'NOT_FOUND')
  ctx.db.insert(communityMembers).values({ communityId: id, personId, createdAt: nowIso(ctx.clock) }).onConflictDoNothing().run()
  return getCommunity(ctx, id)
}

export function removeMember(ctx: ServiceContext, id: string, personId: string): CommunityView {
  communityRow(ctx, id)
  ctx.db.delete(communityMembers).where(memberWhere(id, personId)).run()
  return getCommunity(ctx, id)
}

/**
 * Logs what the user did in a community. With a person it is a "replied in a community" touchpoint
 * on their timeline too (restarting the keep-in-touch clock, moving a first contact to "engaged
 * online"), and they join the community's members. One transaction.
 */
export function logActivity(ctx: ServiceContext, input: ParsedInput<'communities.logActivity'>): CommunityView {
  const community = communityRow(ctx, input.id)
  if (input.personId) activePerson(ctx, input.personId)
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    const entry = input.personId
      ? addInteraction(ctx, { personId: input.personId, kind: 'online_replied', summary: `${community.name}: ${input.note}`.slice(0, 200), body: '', url: input.url })
      : null
    if (entry) ctx.db.update(interactions).set({ sourceKind: 'community', sourceId: community.id }).where(eq(interactions.id, entry.id)).run()
    if (input.personId) ctx.db.insert(communityMembers).values({ communityId: input.id, personId: input.personId, createdAt: now }).onConflictDoNothing().run()
    ctx.db
      .insert(communityActivity)
      .values({ id: newId(), communityId: input.id, personId: input.personId ?? null, interactionId: entry?.id ?? null, occurredAt: now, note: input.note, url: input.url, createdAt: now })
      .run()
  })()
  return getCommunity(ctx, input.id)
}

export function createWork(ctx: ServiceContext, input: ParsedInput<'works.create'>): Work {
  const id = newId()
  const now = nowIso(ctx.clock)
  ctx.db.insert(works).values({ ...input, id, createdAt: now, updatedAt: now }).run()
  return workRow(ctx, id)
}

export function updateWork(ctx: ServiceContext, id: string, patch: ParsedInput<'works.update'>['patch']): Work {
  workRow(ctx, id)
  ctx.db.update(works).set({ ...patch, updatedAt: nowIso(ctx.clock) }).where(eq(works.id, id)).run()
  return workRow(ctx, id)
}

export function deleteWork(ctx: ServiceContext, id: string): { id: string } {
  workRow(ctx, id)
  ctx.db.delete(works).where(eq(works.id, id)).run()
  return { id }
}

/**
 * Records that someone engaged with the user's work: a "they engaged with my work" entry on their
 * timeline, once per person and work (adding them again updates the note, never a second entry).
 */
export function addEngagement(ctx: ServiceContext, input: ParsedInput<'works.addEngagement'>): WorkView {
  const item = workRow(ctx, input.id)
  activePerson(ctx, input.personId)
  const existing = ctx.db.select().from(workEngagements).where(engagementWhere(input.id, input.personId)).get()
  const summary = input.note ? `${item.title}: ${input.note}`.slice(0, 200) : item.title
  ctx.sqlite.transaction(() => {
    if (existing) {
      ctx.db.update(workEngagements).set({ note: input.note }).where(engagementWhere(input.id, input.personId)).run()
      if (existing.interactionId) ctx.db.update(interactions).set({ summary }).where(eq(interactions.id, existing.interactionId)).run()
      return
    }
    const entry = addInteraction(ctx, { personId: input.personId, kind: 'online_engaged', summary, body: '', url: item.link })
    ctx.db.update(interactions).set({ sourceKind: 'work', sourceId: item.id }).where(eq(interactions.id, entry.id)).run()
    ctx.db.insert(workEngagements).values({ workId: input.id, personId: input.personId, interactionId: entry.id, note: input.note, createdAt: nowIso(ctx.clock) }).run()
  })()
  return getWork(ctx, input.id)
}

/** Takes the engagement back, with its timeline entry (it was recorded by mistake). */
export function removeEngagement(ctx: ServiceContext, id: string, personId: string): WorkView {
  workRow(ctx, id)
  const existing = ctx.db.select().from(workEngagements).where(engagementWhere(id, personId)).get()
  if (existing) {
    ctx.sqlite.transaction(() => {
      ctx.db.delete(workEngagements).where(engagementWhere(id, personId)).run()
      if (existing.interactionId) ctx.db.delete(interactions).where(eq(interactions.id, existing.interactionId)).run()
    })()
  }
  return getWork(ctx, id)
}
