import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Community, CommunityView, OnlineOverview, Work, WorkView } from '../../../shared/api/online'
import { AppFailure } from '../../../shared/api/result'
import { communities, communityActivity, communityMembers, workEngagements, works } from '../../db/schema'
import type { ServiceContext } from '../context'
import { personRefs } from '../people/refs'

export function communityRow(ctx: ServiceContext, id: string): Community {
  const row = ctx.db.select().from(communities).where(eq(communities.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No community with that id')
  return row
}

export function workRow(ctx: ServiceContext, id: string): Work {
  const row = ctx.db.select().from(works).where(eq(works.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No work with that id')
  return row
}

/** Communities (most recently active first) and works (newest first), with their counts. */
export function onlineOverview(ctx: ServiceContext): OnlineOverview {
  const memberCounts = new Map(
    ctx.db
      .select({ id: communityMembers.communityId, n: sql<number>`count(*)` })
      .from(communityMembers)
      .groupBy(communityMembers.communityId)
      .all()
      .map((row) => [row.id, row.n])
  )
  const lastActivity = new Map(
    ctx.db
      .select({ id: communityActivity.communityId, at: sql<string>`max(${communityActivity.occurredAt})` })
      .from(communityActivity)
      .groupBy(communityActivity.communityId)
      .all()
      .map((row) => [row.id, row.at])
  )
  const engaged = new Map(
    ctx.db
      .select({ id: workEngagements.workId, n: sql<number>`count(*)` })
      .from(workEngagements)
      .groupBy(workEngagements.workId)
      .all()
      .map((row) => [row.id, row.n])
  )
  const communityList = ctx.db
    .select()
    .from(communities)
    .orderBy(asc(communities.name))
    .all()
    .map((row) => ({ ...row, memberCount: memberCounts.get(row.id) ?? 0, lastActivityAt: lastActivity.get(row.id) ?? null }))
    .sort((a, b) => (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? ''))
  const workList = ctx.db
    .select()
    .from(works)
    .orderBy(sql`${works.publishedOn} IS NULL`, desc(works.publishedOn), desc(works.createdAt))
    .all()
    .map((row) => ({ ...row, engagedCount: engaged.get(row.id) ?? 0 }))
  return { communities: communityList, works: workList }
}

/** A community with its members (outside the trash) and what the user did there, newest first. */
export function getCommunity(ctx: ServiceContext, id: string): CommunityView {
  const row = communityRow(ctx, id)
  const memberIds = ctx.db
    .select({ personId: communityMembers.personId })
    .from(communityMembers)
    .where(eq(communityMembers.communityId, id))
    .orderBy(asc(communityMembers.createdAt))
    .all()
    .map((member) => member.personId)
  const activity = ctx.db.select().from(communityActivity).where(eq(communityActivity.communityId, id)).orderBy(desc(communityActivity.occurredAt)).limit(200).all()
  const refs = personRefs(ctx, [...memberIds, ...activity.flatMap((a) => (a.personId ? [a.personId] : []))])
  return {
    ...row,
    members: memberIds.flatMap((personId) => refs.get(personId) ?? []),
    activity: activity.map((a) => ({ id: a.id, occurredAt: a.occurredAt, note: a.note, url: a.url, person: a.personId ? (refs.get(a.personId) ?? null) : null }))
  }
}

/** A work with who engaged with it (people in the trash left out), oldest first. */
export function getWork(ctx: ServiceContext, id: string): WorkView {
  const row = workRow(ctx, id)
  const engagements = ctx.db.select().from(workEngagements).where(eq(workEngagements.workId, id)).orderBy(asc(workEngagements.createdAt)).all()
  const refs = personRefs(
    ctx,
    engagements.map((e) => e.personId)
  )
  return {
    ...row,
    engagements: engagements.flatMap((e) => {
      const person = refs.get(e.personId)
      return person ? [{ person, note: e.note, createdAt: e.createdAt }] : []
    })
  }
}

export const memberWhere = (communityId: string, personId: string) => and(eq(communityMembers.communityId, communityId), eq(communityMembers.personId, personId))
export const engagementWhere = (workId: string, personId: string) => and(eq(workEngagements.workId, workId), eq(workEngagements.personId, personId))
